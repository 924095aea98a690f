/**
 * What the bad-input matrix captures: the log entries a sink receives, the
 * lines the default console sink writes, and the checks that none of them
 * (nor an answer) quotes a planted value or a stack frame.
 */
import { expect, jest } from '@jest/globals';
import type { LogEntry } from '@switchboard/core';

/** Planted in every value of a bad input: it must never come out in an error, an answer or a log line. */
export const marker = 'PLANTED-VALUE-3d9e71';

/** A log sink that keeps what it receives. */
export function logSink(): { readonly entries: LogEntry[]; readonly log: (entry: LogEntry) => void } {
  const entries: LogEntry[] = [];
  return { entries, log: (entry) => void entries.push(entry) };
}

/** Runs `work` with `console.warn`/`console.error` captured (and silenced); returns the lines written. */
export async function consoleLines(work: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const warn = jest.spyOn(console, 'warn').mockImplementation(keep);
  const error = jest.spyOn(console, 'error').mockImplementation(keep);
  try {
    await work();
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
  return lines;
}

/** No planted value and nothing that looks like a stack frame (`at fn (file:1:2)`). */
export function expectNoLeak(text: string): void {
  expect(text).not.toContain(marker);
  expect(text).not.toMatch(/\bat .*:\d+:\d+/);
}

/**
 * The default sink wrote exactly `entry`, as one JSON line, and neither the
 * captured entries nor the line hold a planted value.
 */
export function expectLogged(entries: readonly LogEntry[], lines: readonly string[], entry: LogEntry): void {
  expect(entries).toEqual([entry]);
  expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([entry]);
  expectNoLeak(JSON.stringify(entries));
  for (const line of lines) expectNoLeak(line);
}
