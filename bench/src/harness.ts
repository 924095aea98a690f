import { isDeepStrictEqual } from 'node:util';

/** One way of answering a scenario's event: a hand-written handler, Switchboard, a peer. */
export interface Candidate {
  readonly name: string;
  readonly invoke: () => Promise<unknown>;
}

export interface Scenario {
  readonly name: string;
  /** The answer every candidate must give before it is timed. */
  readonly expected: unknown;
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
  readonly opsPerRound: number;
  readonly warmupOps: number;
}

/** Refuses to time a candidate whose answer is wrong: a fast wrong answer is no result. */
export async function checkAnswers(scenario: Scenario): Promise<void> {
  for (const candidate of [scenario.baseline, ...scenario.candidates]) {
    const answer = await candidate.invoke();
    if (!isDeepStrictEqual(answer, scenario.expected)) {
      throw new Error(`${scenario.name}: ${candidate.name} answered ${JSON.stringify(answer)}`);
    }
  }
}

async function opsPerSecond(candidate: Candidate, ops: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) await candidate.invoke();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return ops / seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Times every candidate against the baseline in interleaved rounds (the
 * order rotates each round), so machine noise hits all of them alike; the
 * ratio is taken within each round, then the median over rounds.
 */
export async function runScenario(scenario: Scenario, options: BenchOptions): Promise<Figure[]> {
  await checkAnswers(scenario);
  const all = [scenario.baseline, ...scenario.candidates];
  for (const candidate of all) await opsPerSecond(candidate, options.warmupOps);
  const samples = new Map<string, { ops: number[]; ratios: number[] }>(
    all.map((c) => [c.name, { ops: [], ratios: [] }]),
  );
  for (let round = 0; round < options.rounds; round++) {
    const order = all.map((_, i) => all[(i + round) % all.length] as Candidate);
    const measured = new Map<string, number>();
    for (const candidate of order) measured.set(candidate.name, await opsPerSecond(candidate, options.opsPerRound));
    const base = measured.get(scenario.baseline.name) ?? 1;
    for (const [name, ops] of measured) {
      const sample = samples.get(name);
      sample?.ops.push(ops);
      sample?.ratios.push(ops / base);
    }
  }
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

/** One markdown table of every figure. */
export function toMarkdown(figures: readonly Figure[]): string {
  const lines = ['| scenario | candidate | invocations/s | × hand-written |', '|---|---|---:|---:|'];
  for (const figure of figures) {
    const ops = Math.round(figure.opsPerSecond).toLocaleString('en-US');
    lines.push(`| ${figure.scenario} | ${figure.candidate} | ${ops} | ${figure.ratio.toFixed(2)}× |`);
  }
  return lines.join('\n');
}
