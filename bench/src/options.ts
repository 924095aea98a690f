/**
 * How long each part runs. `BENCH_QUICK=1` is the CI smoke (well under a
 * minute): it proves every candidate still answers right and every bundle
 * still builds, with too few samples for the figures to mean much.
 */
export const quick = process.env.BENCH_QUICK === '1';

export const throughputOptions = quick
  ? { rounds: 3, roundMs: 20, warmupMs: 50 }
  : { rounds: 15, roundMs: 150, warmupMs: 1_000 };

export const detectionOptions = quick ? { rounds: 3, passesPerRound: 200 } : { rounds: 15, passesPerRound: 5_000 };

/** Fresh processes per candidate and zod flavour. */
export const coldStartRuns = quick ? 3 : 30;
