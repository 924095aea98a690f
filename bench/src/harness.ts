import { isDeepStrictEqual } from 'node:util';
import { median } from './stats.js';

/** One way of answering a scenario's event: a hand-written handler, Switchboard, a peer. */
export interface Candidate {
  readonly name: string;
  readonly invoke: () => Promise<unknown>;
}

export interface Scenario {
  readonly name: string;
  /** The answer every candidate must give before it is timed. */
  readonly expected: unknown;
  /**
   * The part of an answer that must equal `expected` (the whole answer when
   * absent): peers may differ in harmless fields, and this says which count.
   */
  readonly view?: (answer: unknown) => unknown;
  readonly baseline: Candidate;
  readonly candidates: readonly Candidate[];
}

export interface Figure {
  readonly scenario: string;
  readonly candidate: string;
  readonly opsPerSecond: number;
  /** Median over rounds of (candidate ops/s ÷ baseline ops/s) measured in the same round. */
  readonly ratio: number;
}

export interface BenchOptions {
  readonly rounds: number;
  /**
   * About how long each candidate runs per round. Rounds are sized in time,
   * not invocations, so a peer 100× slower than the baseline neither takes
   * 100× as long nor gets too few invocations to time.
   */
  readonly roundMs: number;
  /** How long each candidate runs before timing starts (JIT warm-up); it also sizes its rounds. */
  readonly warmupMs: number;
}

/**
 * Refuses to time a candidate whose answer is wrong: a fast wrong answer is
 * no result. Run again after timing, it catches a candidate whose answers
 * drift once it has run many times (one that mutates its event, say).
 */
export async function checkAnswers(scenario: Scenario): Promise<void> {
  for (const candidate of [scenario.baseline, ...scenario.candidates]) {
    const answer = await candidate.invoke();
    const view = scenario.view ? scenario.view(answer) : answer;
    if (!isDeepStrictEqual(view, scenario.expected)) {
      throw new Error(`${scenario.name}: ${candidate.name} answered ${JSON.stringify(answer)}`);
    }
  }
}

/** Runs `candidate` for about `ms` (at least 10 invocations) and returns its invocations per second. */
async function warmUp(candidate: Candidate, ms: number): Promise<number> {
  const start = process.hrtime.bigint();
  const until = start + BigInt(Math.round(ms * 1e6));
  let ops = 0;
  while (ops < 10 || process.hrtime.bigint() < until) {
    await candidate.invoke();
    ops++;
  }
  return ops / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function opsPerSecond(candidate: Candidate, ops: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) await candidate.invoke();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return ops / seconds;
}

/**
 * Times every candidate against the baseline in interleaved rounds (the
 * order rotates each round), so machine noise hits all of them alike; the
 * ratio is taken within each round, then the median over rounds.
 */
export async function runScenario(scenario: Scenario, options: BenchOptions): Promise<Figure[]> {
  await checkAnswers(scenario);
  const all = [scenario.baseline, ...scenario.candidates];
  const opsPerRound = new Map<string, number>();
  for (const candidate of all) {
    const rate = await warmUp(candidate, options.warmupMs);
    opsPerRound.set(candidate.name, Math.max(10, Math.round((rate * options.roundMs) / 1000)));
  }
  const samples = new Map<string, { ops: number[]; ratios: number[] }>(
    all.map((c) => [c.name, { ops: [], ratios: [] }]),
  );
  for (let round = 0; round < options.rounds; round++) {
    const order = all.map((_, i) => all[(i + round) % all.length] as Candidate);
    const measured = new Map<string, number>();
    for (const candidate of order) {
      measured.set(candidate.name, await opsPerSecond(candidate, opsPerRound.get(candidate.name) ?? 10));
    }
    const base = measured.get(scenario.baseline.name) ?? 1;
    for (const [name, ops] of measured) {
      const sample = samples.get(name);
      sample?.ops.push(ops);
      sample?.ratios.push(ops / base);
    }
  }
  await checkAnswers(scenario);
  return all.map((candidate) => {
    const sample = samples.get(candidate.name) ?? { ops: [], ratios: [] };
    return {
      scenario: scenario.name,
      candidate: candidate.name,
      opsPerSecond: median(sample.ops),
      ratio: median(sample.ratios),
    };
  });
}
