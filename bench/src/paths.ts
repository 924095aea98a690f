import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The bench package's directory. `main.ts` runs bundled as
 * `.bench-out/main.mjs` (see `run.mjs`), one level below it; checked, so a
 * run from anywhere else fails with a clear message, not a missing file later.
 */
function findBenchDir(): URL {
  const dir = new URL('../', import.meta.url);
  if (!existsSync(new URL('src/main.ts', dir))) {
    throw new Error('run the benchmark with `npm run bench` (bench/run.mjs), which bundles it into bench/.bench-out/');
  }
  return dir;
}

export const benchDir = findBenchDir();

/** A path under the bench package, as a file system path. */
export function benchPath(relative: string): string {
  return fileURLToPath(new URL(relative, benchDir));
}
