/**
 * How hard the fuzz properties run. The default test run keeps each
 * property small (the whole folder in seconds); `npm run fuzz` sets
 * `FUZZ_RUNS` so the properties together run at least 100,000 cases, and
 * `FUZZ_TALLY` to a folder where each property records how many it ran.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const defaultRuns = 150;

/** Runs per property: `FUZZ_RUNS`, else a number small enough for every `npm test`. */
export const numRuns = toPositiveInt(process.env.FUZZ_RUNS) ?? defaultRuns;

/**
 * A case that has not settled after this long fails ("nothing hangs"). It
 * is generous: a case with a 1 MB string or 5,000 nested arrays takes a few
 * milliseconds, and the machine is shared.
 */
const perRunTimeoutMs = 5_000;

/** Jest's limit for one property: its runs at a pessimistic 25 ms each, never under 30 s. */
export const propertyTimeoutMs = Math.max(30_000, numRuns * 25);

/**
 * Checks `property` for `numRuns` cases, each failing when it does not
 * settle within the per-run timeout, then records the count for the tally
 * `npm run fuzz` prints.
 */
export async function fuzz<Values extends unknown[]>(
  name: string,
  property: fc.IAsyncProperty<Values> | fc.IProperty<Values>,
): Promise<void> {
  await fc.assert(property as fc.IAsyncProperty<Values>, {
    numRuns,
    plugins: [fc.timeout(perRunTimeoutMs), compactReport],
  });
  const tally = process.env.FUZZ_TALLY;
  // One short line per property: appends this small are atomic, so parallel jest workers do not interleave.
  if (tally !== undefined) appendFileSync(join(tally, 'runs.ndjson'), `${JSON.stringify({ name, runs: numRuns })}\n`);
}

/**
 * Fails like fast-check's own reporter, with runs of one repeated character
 * collapsed: a counterexample holding a 1 MB string or 5,000 nested arrays
 * would otherwise print all of it.
 */
const compactReport: fc.Plugin<unknown> = () => ({
  onAllRunsComplete: (details) => {
    if (!details.failed) return;
    const message = fc.defaultReportMessage(details).replace(/(.)\1{49,}/gs, (run, char) => `${char}…×${run.length}`);
    throw new Error(message.length > 20_000 ? `${message.slice(0, 20_000)}…` : message, {
      cause: details.errorInstance,
    });
  },
});

function toPositiveInt(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError('FUZZ_RUNS must be a positive integer');
  return value;
}
