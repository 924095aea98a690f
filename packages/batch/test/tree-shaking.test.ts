import { describe, expect, it } from '@jest/globals';
import { bundledFiles } from '../../../test/support/bundle.js';

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
