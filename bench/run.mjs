// Bundles the benchmark with esbuild, as a Lambda deployment would be, and runs it.
// Running the TypeScript through tsx instead would time tsx's per-closure `__name`
// helpers, which no production bundle has.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outfile = fileURLToPath(new URL('./.bench-out/main.mjs', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('./src/main.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['switchboard-source'],
  // The benchmark bundles the candidates' handlers itself (bundle size, cold start).
  external: ['esbuild'],
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
