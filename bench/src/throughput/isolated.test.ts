import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Scenario } from '../harness.js';
import { childFlag, runIsolated } from './isolated.js';

const answer = async () => ({ ok: true });
const scenario: Scenario = {
  name: 's',
  expected: { ok: true },
  baseline: { name: 'hand', invoke: answer },
  candidates: [
    { name: 'fast', invoke: answer },
    { name: 'slow', invoke: answer },
  ],
};
const options = { rounds: 1, roundMs: 1, warmupMs: 1 };

// A stand-in for the bench bundle: it answers as a child would, with figures that depend on the candidate it
// was asked for, so the test sees which process each figure came from.
const folder = mkdtempSync(join(tmpdir(), 'isolated-'));
const child = join(folder, 'child.mjs');
writeFileSync(
  child,
  `const args = process.argv.slice(process.argv.indexOf(${JSON.stringify(childFlag)}) + 1);
const [index, name] = args;
if (name === 'broken') process.exit(3);
const base = name === 'fast' ? 100 : 300;
process.stdout.write(JSON.stringify([
  { scenario: 's' + index, candidate: 'hand', opsPerSecond: base, ratio: 1 },
  { scenario: 's' + index, candidate: name, opsPerSecond: name === 'fast' ? 90 : 30, ratio: name === 'fast' ? 0.9 : 0.1 },
]));`,
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('runIsolated', () => {
  it('times each candidate in its own process and keeps the ratio measured there', () => {
    const [baseline, fast, slow] = runIsolated([scenario], 0, child, options);
    expect(fast).toMatchObject({ candidate: 'fast', ratio: 0.9, opsPerSecond: 90 });
    expect(slow).toMatchObject({ candidate: 'slow', ratio: 0.1, opsPerSecond: 30 });
    // The baseline ran beside each candidate: its rate is the median of those runs (100 and 300).
    expect(baseline).toEqual({ scenario: 's', candidate: 'hand', opsPerSecond: 200, ratio: 1 });
  });

  it('fails loudly, naming the candidate, when a child process fails', () => {
    const broken: Scenario = { ...scenario, candidates: [{ name: 'broken', invoke: answer }] };
    expect(() => runIsolated([broken], 0, child, options)).toThrow('timing broken failed (exit 3)');
  });
});
