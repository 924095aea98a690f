/**
 * `npm run bench`: Switchboard, a hand-written handler and the peers on the
 * scenarios of issue 7 (throughput, detection, cold start, bundle size),
 * printed as one markdown table. Run through `run.mjs`, which bundles this file.
 */
import { fileURLToPath } from 'node:url';
import { type BuiltBundle, buildHandler } from './bundle-size/build-handler.js';
import { handlerBundles } from './bundle-size/handler-bundles.js';
import { measureColdStarts } from './cold-start/measure.js';
import { coldStartRuns, detectionOptions, quick, throughputOptions } from './options.js';
import { headerLine } from './report/header.js';
import { type BenchResults, toMarkdown } from './report/table.js';
import { runDetection } from './scenarios/detection.js';
import { httpScenarios } from './scenarios/http.js';
import { sqsScenario } from './scenarios/sqs.js';
import { childFlag, runChild, runIsolated } from './throughput/isolated.js';

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

const scenarios = [
  ...httpScenarios().map((scenario) => ({ kind: 'http' as const, scenario })),
  { kind: 'sqs' as const, scenario: sqsScenario() },
];
const scenarioList = scenarios.map(({ scenario }) => scenario);

// A child process times one candidate (see runIsolated) and exits.
const childAt = process.argv.indexOf(childFlag);
if (childAt !== -1) {
  await runChild(scenarioList, process.argv.slice(childAt + 1));
  process.exit(0);
}

const throughput: BenchResults['throughput'][number][] = [];
const bundlePath = fileURLToPath(import.meta.url);
for (const [index, { kind, scenario }] of scenarios.entries()) {
  progress(`throughput, ${scenario.name}: ${scenario.candidates.length} candidates, one process each`);
  throughput.push({
    kind,
    name: scenario.name,
    figures: runIsolated(scenarioList, index, bundlePath, throughputOptions),
  });
}

progress('detection');
const detection = runDetection(detectionOptions);

progress('bundling handlers');
const bundles: BuiltBundle[] = [];
for (const bundle of handlerBundles()) bundles.push(await buildHandler(bundle));

progress(`cold starts, ${coldStartRuns} runs of ${bundles.length} bundles`);
const coldStarts = measureColdStarts(bundles, coldStartRuns);

const { rounds, roundMs } = throughputOptions;
const details = `throughput: each candidate in its own process beside the hand-written handler, median of ${rounds} interleaved rounds of ~${roundMs} ms each; cold start: median of ${coldStartRuns} processes${quick ? '; BENCH_QUICK (smoke run, figures not meaningful)' : ''}`;
process.stdout.write(`${headerLine(details)}\n\n${toMarkdown({ throughput, detection, coldStarts, bundles })}\n`);
