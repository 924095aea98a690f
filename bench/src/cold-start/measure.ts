import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { BuiltBundle } from '../bundle-size/build-handler.js';
import { bundleKey } from '../bundle-size/handler-bundles.js';
import { createdUser, httpAnswerView, postUserApigwHttp } from '../events/http.js';
import { orderBatch, orderBatchFailures } from '../events/sqs.js';
import { benchPath } from '../paths.js';
import { median } from '../stats.js';

export interface ColdStart {
  /** Median wall time from spawn to exit, in milliseconds. */
  readonly medianMs: number;
  /** The median over passes of this bundle's time ÷ the hand-written bundle's time in the same pass (same scenario and zod flavour). */
  readonly ratio: number;
}

/**
 * The median of per-pass ratios: `times[i]` and `baselineTimes[i]` come from
 * the same pass, so a moment when the machine is busy slows both sides of
 * one ratio, where a ratio of two medians would mix passes. It is how the
 * throughput rows take their ratios too (per round).
 */
export function medianPairedRatio(times: readonly number[], baselineTimes: readonly number[]): number {
  if (times.length !== baselineTimes.length) throw new Error('paired ratios need one baseline time per pass');
  return median(times.map((ms, pass) => ms / (baselineTimes[pass] as number)));
}

/** Each scenario's event file and the check its answer must pass (as in the throughput scenarios). */
function writeEvents(): Record<BuiltBundle['scenario'], { file: string; isRight: (answer: unknown) => boolean }> {
  mkdirSync(benchPath('.bench-out/events/'), { recursive: true });
  const http = benchPath('.bench-out/events/http.json');
  const sqs = benchPath('.bench-out/events/sqs.json');
  writeFileSync(http, JSON.stringify(postUserApigwHttp()));
  writeFileSync(sqs, JSON.stringify(orderBatch()));
  return {
    http: { file: http, isRight: (answer) => isDeepStrictEqual(httpAnswerView(answer), createdUser) },
    sqs: { file: sqs, isRight: (answer) => isDeepStrictEqual(answer, orderBatchFailures) },
  };
}

/** Spawns one fresh node process that imports the bundle and answers one event; returns its wall time. */
function coldStartMs(bundle: BuiltBundle, event: { file: string; isRight: (answer: unknown) => boolean }): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [benchPath('src/cold-start/runner.mjs'), bundle.file, event.file], {
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 || !event.isRight(JSON.parse(run.stdout || 'null'))) {
    throw new Error(`cold start of ${bundleKey(bundle)} failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  return ms;
}

/**
 * Cold starts of every bundle, `runs` times each, interleaved (the order
 * rotates each pass) so a busy moment of the machine hits all of them alike;
 * ratios are taken within each pass (see `medianPairedRatio`). Every run's
 * answer is checked. Results keyed by `bundleKey`.
 */
export function measureColdStarts(bundles: readonly BuiltBundle[], runs: number): Map<string, ColdStart> {
  const events = writeEvents();
  const times = new Map<string, number[]>(bundles.map((b) => [bundleKey(b), []]));
  // One untimed pass first: it checks every bundle answers right and brings files into the page cache.
  for (const bundle of bundles) coldStartMs(bundle, events[bundle.scenario]);
  for (let pass = 0; pass < runs; pass++) {
    for (let i = 0; i < bundles.length; i++) {
      const bundle = bundles[(i + pass) % bundles.length] as BuiltBundle;
      times.get(bundleKey(bundle))?.push(coldStartMs(bundle, events[bundle.scenario]));
    }
  }
  const results = new Map<string, ColdStart>();
  for (const bundle of bundles) {
    const own = times.get(bundleKey(bundle)) ?? [];
    const baseline = times.get(bundleKey({ ...bundle, module: 'hand-written' })) ?? own;
    results.set(bundleKey(bundle), { medianMs: median(own), ratio: medianPairedRatio(own, baseline) });
  }
  return results;
}
