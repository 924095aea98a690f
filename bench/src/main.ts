import { type Figure, runScenario, type Scenario, toMarkdown } from './harness.js';
import { httpScenario } from './scenarios/http.js';
import { sqsScenario } from './scenarios/sqs.js';

// `BENCH_QUICK=1` runs a short pass (a smoke check that every scenario still answers right).
const quick = process.env.BENCH_QUICK === '1';
const options = quick
  ? { rounds: 3, opsPerRound: 2_000, warmupOps: 2_000 }
  : { rounds: 15, opsPerRound: 20_000, warmupOps: 50_000 };

const scenarios: Scenario[] = [httpScenario(), sqsScenario()];
const figures: Figure[] = [];
for (const scenario of scenarios) figures.push(...(await runScenario(scenario, options)));

process.stdout.write(`Node ${process.version}, ${options.rounds} rounds of ${options.opsPerRound} invocations\n\n`);
process.stdout.write(`${toMarkdown(figures)}\n`);
