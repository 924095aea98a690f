import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsc = fileURLToPath(new URL('node_modules/.bin/tsc', new URL('../../../', import.meta.url)));

/** Runs tsc on examples/sources alone and resolves with its exit code and output. */
function compileExamples(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(tsc, ['-p', 'examples/sources/tsconfig.json'], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

describe('examples/sources', () => {
  it('compiles under the strict tsconfig (the docs embed these files as they are)', async () => {
    const { code, output } = await compileExamples();
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
