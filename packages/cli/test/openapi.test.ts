import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = 'packages/cli/test/fixtures/users-app.ts';

/** A real process: `openapi` loads a TypeScript module through tsx, which jest's module system cannot host. */
function spawnCli(...argv: string[]) {
  const args = ['--conditions=switchboard-source', '--import', 'tsx', 'packages/cli/src/bin.ts', ...argv];
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
}

describe('switchboard openapi', () => {
  it('prints the OpenAPI 3.1 document of the app a TypeScript module exports', () => {
    const child = spawnCli('openapi', fixture, '--title', 'Users', '--api-version', '2.0.0');
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const document = JSON.parse(child.stdout);
    expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'Users', version: '2.0.0' } });
    expect(Object.keys(document.paths).sort()).toEqual(['/users', '/users/{id}']);
    expect(document.paths['/users'].post.responses['201']).toEqual({ description: 'Created' });
  }, 60_000);

  it('refuses an export that is not an HTTP app, and names the exports of a module without the one asked', () => {
    const notApp = spawnCli('openapi', `${fixture}#notAnApp`);
    expect(notApp.status).toBe(2);
    expect(notApp.stderr).toContain('is not an HTTP app');
    const missing = spawnCli('openapi', `${fixture}#nope`);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('its exports are: app, notAnApp');
  }, 60_000);
});
