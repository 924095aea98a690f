/**
 * Heap measurement for the soak test: the live heap after forced garbage
 * collections, and a soak runner that reports how much the heap grew per
 * invocation between a warmed-up start and the end.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Node's `gc`, which jest does not expose: the flag is turned on at run
 * time, and a fresh context then has `gc` as a global.
 */
function obtainGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = obtainGc();

/** The heap in use once garbage is collected (several passes: weak references and finalizers free more). */
export async function liveHeapBytes(): Promise<number> {
  for (let pass = 0; pass < 4; pass++) {
    gc();
    // Let pending promise jobs and timers settle between passes.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

export interface SoakFigures {
  readonly invocations: number;
  readonly heapAtStart: number;
  readonly heapAtEnd: number;
  readonly bytesPerInvocation: number;
  readonly invocationsPerSecond: number;
}

/**
 * Runs `invoke(i)` for `warmup` invocations (caches, JIT and pools fill up),
 * measures the live heap, runs up to `total`, measures again. Invocations
 * run one after another, as Lambda runs them in one execution environment.
 */
export async function soak(
  invoke: (index: number) => Promise<void>,
  options: { readonly warmup: number; readonly total: number },
): Promise<SoakFigures> {
  const started = performance.now();
  for (let index = 0; index < options.warmup; index++) await invoke(index);
  const heapAtStart = await liveHeapBytes();
  for (let index = options.warmup; index < options.total; index++) await invoke(index);
  const seconds = (performance.now() - started) / 1_000;
  const heapAtEnd = await liveHeapBytes();
  const measured = options.total - options.warmup;
  return {
    invocations: options.total,
    heapAtStart,
    heapAtEnd,
    bytesPerInvocation: (heapAtEnd - heapAtStart) / measured,
    invocationsPerSecond: options.total / seconds,
  };
}

/** The figures, readable in a test report. */
export function describeFigures(figures: SoakFigures): string {
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  return [
    `${figures.invocations.toLocaleString('en')} invocations`,
    `${Math.round(figures.invocationsPerSecond).toLocaleString('en')}/s`,
    `heap ${mb(figures.heapAtStart)} → ${mb(figures.heapAtEnd)}`,
    `${figures.bytesPerInvocation.toFixed(1)} bytes/invocation`,
  ].join(', ');
}
