import { describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

/** The source files that left code in `entry`'s bundle (minified ESM for Node, as a deployment builds it). */
async function bundledFiles(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions: ['switchboard-source'],
    minify: true,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

const sqsApp = (options: string) => `
  import { lanes, sqsBatch } from '@switchboard/batch';
  import { router } from '@switchboard/core';
  import { sqs } from '@switchboard/sources/sqs';
  export const handler = router().on(sqs, sqsBatch(() => {}, ${options})).handler;
`;

describe('tree-shaking of batch handlers', () => {
  it('an sqsBatch app without lanes carries no lane code, size check, settling or event validation', async () => {
    const files = await bundledFiles(sqsApp('{}'));
    expect(files).toContain('packages/batch/src/sqs-batch.ts');
    // A leak here usually means a static import where the option (`lanes(n)`) or the source should bring the code.
    expect(
      files.filter((file) => /run-lanes|response-size|settle-with|core\/src\/internal\/validate/.test(file)),
    ).toEqual([]);
  });

  it('an sqsBatch app with lanes carries the lane code', async () => {
    const files = await bundledFiles(sqsApp('{ concurrency: lanes(4) }'));
    expect(files).toContain('packages/batch/src/internal/run-lanes.ts');
  });
});
