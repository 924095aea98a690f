import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the multi-source example (the deploying guide embeds its handler and stack)', () => {
  it('compiles with tsc under the repository settings: handler, CDK stack and tests', async () => {
    const outcome = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = execFile(
        'node_modules/.bin/tsc',
        ['-p', 'examples/multi-source/tsconfig.json'],
        { cwd: repoRoot, timeout: 170_000 },
        (error, stdout, stderr) => resolve({ code: error ? (child.exitCode ?? 1) : 0, output: stdout + stderr }),
      );
    });
    // The compiler's own report is the useful failure message.
    expect(outcome.output).toBe('');
    expect(outcome.code).toBe(0);
  }, 180_000);
});
