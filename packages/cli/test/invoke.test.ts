// `switchboard invoke` as a child process, from source (the same road as `npm start`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = join('packages', 'cli', 'test', `tmp-invoke-${process.pid}`);

function spawnCli(...argv: string[]) {
  const args = ['--conditions=switchboard-source', '--import', 'tsx', 'packages/cli/src/bin.ts', ...argv];
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
}

describe('switchboard invoke (child process)', () => {
  beforeAll(() => {
    mkdirSync(join(repoRoot, tmp), { recursive: true });
    writeFileSync(
      join(repoRoot, tmp, 'fns.ts'),
      `export const handler = async (event: any, context: any) => ({ count: event.Records.length, left: context.getRemainingTimeInMillis() > 0, name: context.functionName });
export const broken = async () => { throw new RangeError('out of stock'); };
export const slow = () => new Promise((done) => setTimeout(done, 5_000));
`,
    );
    writeFileSync(join(repoRoot, tmp, 'event.json'), JSON.stringify({ Records: [{}, {}] }));
  });
  afterAll(() => rmSync(join(repoRoot, tmp), { recursive: true, force: true }));

  it('runs the default export `handler` on a generated event and prints its answer', () => {
    const child = spawnCli('invoke', `${tmp}/fns.ts`, '--source', 'sqs:fifo');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ count: 1, left: true, name: 'fns' });
  });

  it('runs on an --event FILE with --set overrides', () => {
    const child = spawnCli('invoke', `${tmp}/fns.ts`, '--event', `${tmp}/event.json`, '--set', 'Records[2]={}');
    expect(JSON.parse(child.stdout)).toMatchObject({ count: 3 });
  });

  it("prints Lambda's error payload without a stack and exits 1 when the handler throws", () => {
    const child = spawnCli('invoke', `${tmp}/fns.ts#broken`, '--source', 'sqs');
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toEqual({ errorType: 'RangeError', errorMessage: 'out of stock' });
    expect(child.stdout + child.stderr).not.toMatch(/at .*fns\.ts/);
  });

  it('fails with Sandbox.Timedout past --timeout', () => {
    const child = spawnCli('invoke', `${tmp}/fns.ts#slow`, '--source', 'sqs', '--timeout', '100');
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'Task timed out after 0.10 seconds',
    });
  });

  it('needs exactly one of --event and --source (exit 2)', () => {
    expect(spawnCli('invoke', `${tmp}/fns.ts`).status).toBe(2);
  });
});
