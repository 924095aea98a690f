import { readFile } from 'node:fs/promises';
import { generateEvent, setValues } from '../events/event-spec.js';
import { applyAssignment, parseAssignment } from '../events/set-path.js';
import { ExitCode } from '../io.js';
import { toLambdaError } from '../lambda-error.js';
import { loadHandler } from '../load-handler.js';
import { runHandler } from '../run-handler.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/**
 * `switchboard invoke MODULE[#EXPORT] (--event FILE | --source SOURCE[:VARIANT]) [--set path=value]... [--timeout MS]`:
 * runs the handler once, as Lambda would, and prints its answer as JSON. A
 * thrown error prints Lambda's `{"errorType","errorMessage"}` (no stack) and exits 1.
 */
export const invoke: Command = {
  usage: [
    {
      synopsis:
        'invoke MODULE[#EXPORT] (--event FILE | --source SOURCE[:VARIANT]) [--set path=value]... [--timeout MS]',
      summary: 'Run a handler (export `handler` by default) once and print its answer as JSON.',
    },
  ],
  options: {
    event: { type: 'string' },
    source: { type: 'string' },
    set: { type: 'string', multiple: true },
    timeout: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const [spec, ...extra] = positionals;
    if (spec === undefined || extra.length > 0) throw new UsageError('takes exactly one MODULE[#EXPORT]');
    const timeoutMs = toTimeout(values.timeout);
    const event = await readEvent(values.event, values.source, setValues(values.set));
    const handler = await loadHandler(spec);
    try {
      const answer = await runHandler(handler, event, { timeoutMs, functionName: functionNameOf(spec) });
      // Lambda serialises `undefined` as null.
      io.stdout(JSON.stringify(answer ?? null, null, 2));
      return ExitCode.ok;
    } catch (thrown) {
      io.stdout(JSON.stringify(toLambdaError(thrown)));
      return ExitCode.failed;
    }
  },
};

async function readEvent(file: unknown, source: unknown, sets: readonly string[]): Promise<unknown> {
  if ((typeof file === 'string') === (typeof source === 'string')) {
    throw new UsageError('takes exactly one of --event FILE and --source SOURCE[:VARIANT]');
  }
  if (typeof source === 'string') return generateEvent(source, sets);
  let event: unknown;
  try {
    event = JSON.parse(await readFile(file as string, 'utf8'));
  } catch (error) {
    throw new UsageError(`--event ${String(file)}: ${(error as { code?: string }).code ?? 'not valid JSON'}`);
  }
  return sets.map(parseAssignment).reduce(applyAssignment, event);
}

function toTimeout(value: unknown): number {
  if (value === undefined) return 30_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new UsageError(`--timeout takes milliseconds, got "${String(value)}"`);
  return ms;
}

/** The function name a module stands for: its file name without the extension. */
export function functionNameOf(spec: string): string {
  const path = spec.split('#')[0] ?? spec;
  return (path.split(/[\\/]/).pop() ?? 'handler').replace(/\.[^.]+$/, '') || 'handler';
}
