import { spawnSync } from 'node:child_process';
import { type BenchOptions, type Figure, runScenario, type Scenario } from '../harness.js';
import { median } from '../stats.js';

/** The flag that makes the bench bundle time one candidate of one scenario and print its figures. */
export const childFlag = '--throughput-child';

/**
 * Times each candidate in a process of its own, with the baseline beside it
 * (rounds interleaved, ratio per round, as `runScenario` does). A peer is then
 * measured as a function runs it: alone with its dependencies, whose JIT
 * state no other peer's calls have shaped (zod, shared by all of them, and
 * Switchboard's own code serving three callers at once would otherwise).
 * The baseline's rate is the median over its runs beside each candidate.
 */
export function runIsolated(
  scenarios: readonly Scenario[],
  index: number,
  bundle: string,
  options: BenchOptions,
): Figure[] {
  const scenario = scenarios[index] as Scenario;
  const runs = scenario.candidates.map((candidate) => {
    const child = spawnSync(
      process.execPath,
      [bundle, childFlag, String(index), candidate.name, JSON.stringify(options)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`${scenario.name}: timing ${candidate.name} failed (exit ${child.status})`);
    return JSON.parse(child.stdout) as Figure[];
  });
  const baselineRates = runs.map((figures) => figureOf(figures, scenario.baseline.name).opsPerSecond);
  const baseline: Figure = {
    scenario: scenario.name,
    candidate: scenario.baseline.name,
    opsPerSecond: median(baselineRates),
    ratio: 1,
  };
  return [
    baseline,
    ...runs.map((figures, at) => figureOf(figures, (scenario.candidates[at] as { name: string }).name)),
  ];
}

/** In the child: times the baseline and one candidate of scenario `index`, and prints their figures as JSON. */
export async function runChild(scenarios: readonly Scenario[], args: readonly string[]): Promise<void> {
  const [index, name, options] = args;
  const scenario = scenarios[Number(index)];
  const candidate = scenario?.candidates.find((each) => each.name === name);
  if (scenario === undefined || candidate === undefined) throw new Error(`no candidate ${name} in scenario ${index}`);
  const figures = await runScenario(
    { ...scenario, candidates: [candidate] },
    JSON.parse(options ?? '{}') as BenchOptions,
  );
  process.stdout.write(JSON.stringify(figures));
}

function figureOf(figures: readonly Figure[], candidate: string): Figure {
  const figure = figures.find((each) => each.candidate === candidate);
  if (figure === undefined) throw new Error(`no figure for ${candidate}`);
  return figure;
}
