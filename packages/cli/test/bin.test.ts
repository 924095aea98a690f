import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { sqsReference } from '@switchboard/sources';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs the CLI from source in a real node process, as the installed bin would run dist/. */
function spawnCli(...argv: string[]) {
  const args = ['--conditions=switchboard-source', '--import', 'tsx', 'packages/cli/src/bin.ts', ...argv];
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
}

describe('the switchboard process', () => {
  it('passes argv through, writes lines to stdout and stderr, and sets the exit code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-bin-'));
    try {
      const event = join(dir, 'event.json');
      await writeFile(event, JSON.stringify(sqsReference.sample()));
      const missing = join(dir, 'missing.json');
      const child = spawnCli('detect', event, missing);
      expect(child.stdout).toBe(`${event}\tsqs\tstandard\n`);
      expect(child.stderr).toBe(`switchboard: ${missing}: cannot read file (no such file)\n`);
      expect(child.status).toBe(2);
      expect(spawnCli('validate', event).status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('stops quietly when its reader closes the pipe early (`events list | head`)', async () => {
    const args = ['--conditions=switchboard-source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'events', 'list'];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Close the reading end before the CLI has started (it takes a second to load): every write then
    // meets a closed pipe, as the writes after `head` has exited do.
    child.stdout.destroy();
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 60_000);
});
