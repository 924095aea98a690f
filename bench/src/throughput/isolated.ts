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
  const runs = scenario.candidates.map(({ name }) => {
    const child = spawnSync(process.execPath, [bundle, childFlag, String(index), name, JSON.stringify(options)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`${scenario.name}: timing ${name} failed (exit ${child.status})`);
    return figureOf(JSON.parse(child.stdout) as Figure[], name, scenario.baseline.name);
  });
  const baselineRates = runs.map((run) => run.baseline.opsPerSecond);
  const baseline: Figure = {
    scenario: scenario.name,
    candidate: scenario.baseline.name,
    opsPerSecond: median(baselineRates),
    ratio: 1,
  };
  return [baseline, ...runs.map((run) => run.candidate)];
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

/** The candidate's figure and the baseline's from one child's output. */
function figureOf(
  figures: readonly Figure[],
  candidate: string,
  baseline: string,
): { candidate: Figure; baseline: Figure } {
  const find = (name: string) => {
    const figure = figures.find((each) => each.candidate === name);
    if (figure === undefined) throw new Error(`no figure for ${name}`);
    return figure;
  };
  return { candidate: find(candidate), baseline: find(baseline) };
}
