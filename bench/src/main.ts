/**
 * `npm run bench`: Switchboard, a hand-written handler and the peers on the
 * scenarios of issue 7 (throughput, detection, cold start, bundle size),
 * printed as one markdown table. Run through `run.mjs`, which bundles this file.
 */
import { type BuiltBundle, buildHandler } from './bundle-size/build-handler.js';
import { handlerBundles } from './bundle-size/handler-bundles.js';
import { measureColdStarts } from './cold-start/measure.js';
import { runScenario } from './harness.js';
import { coldStartRuns, detectionOptions, quick, throughputOptions } from './options.js';
import { headerLine } from './report/header.js';
import { type BenchResults, toMarkdown } from './report/table.js';
import { runDetection } from './scenarios/detection.js';
import { httpScenarios } from './scenarios/http.js';
import { sqsScenario } from './scenarios/sqs.js';

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

const throughput: BenchResults['throughput'][number][] = [];
const scenarios = [
  ...httpScenarios().map((scenario) => ({ kind: 'http' as const, scenario })),
  { kind: 'sqs' as const, scenario: sqsScenario() },
];
for (const { kind, scenario } of scenarios) {
  progress(`throughput, ${scenario.name}`);
  throughput.push({ kind, name: scenario.name, figures: await runScenario(scenario, throughputOptions) });
}

progress('detection');
const detection = runDetection(detectionOptions);

progress('bundling handlers');
const bundles: BuiltBundle[] = [];
for (const bundle of handlerBundles()) bundles.push(await buildHandler(bundle));

progress(`cold starts, ${coldStartRuns} runs of ${bundles.length} bundles`);
const coldStarts = measureColdStarts(bundles, coldStartRuns);

const { rounds, roundMs } = throughputOptions;
const details = `throughput: median of ${rounds} interleaved rounds of ~${roundMs} ms per candidate; cold start: median of ${coldStartRuns} processes${quick ? '; BENCH_QUICK (smoke run, figures not meaningful)' : ''}`;
process.stdout.write(`${headerLine(details)}\n\n${toMarkdown({ throughput, detection, coldStarts, bundles })}\n`);
