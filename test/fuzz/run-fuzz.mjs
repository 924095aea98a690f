// `npm run fuzz`: the fuzz properties at full strength. Runs jest on this
// folder with FUZZ_RUNS cases per property, then prints how many cases ran
// in all (each property records its count in a tally file) and fails when
// that is under 100,000. Extra arguments go to jest (`npm run fuzz -- -t http`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const minimumCases = 100_000;
// Nine properties at 11,200 cases each: 100,800.
const runsPerProperty = process.env.FUZZ_RUNS ?? '11200';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tally = mkdtempSync(join(tmpdir(), 'switchboard-fuzz-'));
const started = Date.now();
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    join(root, 'node_modules/jest/bin/jest.js'),
    'test/fuzz',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runsPerProperty, FUZZ_TALLY: tally } },
);
const seconds = ((Date.now() - started) / 1000).toFixed(0);

let lines = [];
try {
  lines = readFileSync(join(tally, 'runs.ndjson'), 'utf8').trim().split('\n').filter(Boolean);
} catch {
  // No property finished: the tally file was never written.
}
rmSync(tally, { recursive: true, force: true });
const cases = lines.reduce((sum, line) => sum + JSON.parse(line).runs, 0);
console.log(
  `fuzz: ${lines.length} properties passed, ${cases.toLocaleString('en')} cases in ${seconds} s (${runsPerProperty} per property)`,
);
if (jest.status !== 0) process.exit(jest.status ?? 1);
if (cases < minimumCases && process.argv.length <= 2) {
  console.error(`fuzz: fewer than ${minimumCases.toLocaleString('en')} cases ran; raise FUZZ_RUNS`);
  process.exit(1);
}
