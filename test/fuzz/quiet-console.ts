/**
 * Console capture for the fuzz properties. Switchboard logs refused and
 * failed invocations (and authorizers log why they denied): thousands of
 * cases would bury the report, so the console is silenced, and every line
 * is checked instead, since a log line must not quote a payload value either.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { marker } from './hostile.js';

const leaks: string[] = [];

type Method = 'error' | 'warn' | 'info' | 'log' | 'debug';
const methods: readonly Method[] = ['error', 'warn', 'info', 'log', 'debug'];

/**
 * Silences the console for each test of the calling file; lines quoting the
 * marker are kept as leaks. Plain replacements, not jest spies: a spy keeps
 * every call's arguments, and fuzzed log lines can be megabytes long.
 */
export function useQuietConsole(): void {
  const originals = new Map<Method, Console[Method]>();
  beforeEach(() => {
    leaks.length = 0;
    for (const method of methods) {
      originals.set(method, console[method]);
      console[method] = (...args: unknown[]) => {
        for (const arg of args) {
          // Strings and error messages only: formatting whole objects (5,000 nested arrays) costs more than it finds.
          const text = typeof arg === 'string' ? arg : arg instanceof Error ? arg.message : '';
          if (text.includes(marker)) leaks.push(`console.${method}: ${text.slice(0, 300)}`);
        }
      };
    }
  });
  afterEach(() => {
    for (const [method, original] of originals) console[method] = original;
  });
}

/** Throws when a line logged since the last check quoted a payload value. */
export function assertNoLoggedValues(): void {
  if (leaks.length > 0) {
    const found = leaks.splice(0);
    throw new Error(`A payload value reached the log: ${found[0]}`);
  }
}
