import { describe, expect, it } from '@jest/globals';
import { allSources } from '@switchboard/sources';
import { bundle, bundledFiles } from '../../../test/support/bundle.js';

/**
 * Tree-shaking is a tested property: an app that mounts only SQS must carry
 * no other source's code. Every source module holds its own id as a string
 * literal (`id: 'sns'`), so a foreign id in the bundle is foreign code; the
 * control bundle (every source) proves each id really survives bundling.
 */
const idLiteral = (id: string) => `"${id}"`;
const foreignIds = allSources.map((source) => source.id).filter((id) => id !== 'sqs');

const sqsOnlyBySubpath = `
  import { router } from '@switchboard/core';
  import { sqs } from '@switchboard/sources/sqs';
  export const handler = router().on(sqs, async () => {}).handler;
`;
const sqsOnlyByRoot = `
  import { router } from '@switchboard/core';
  import { sqs } from '@switchboard/sources';
  export const handler = router().on(sqs, async () => {}).handler;
`;
const everySource = `
  import { allSources } from '@switchboard/sources';
  export const sources = allSources;
`;

describe('tree-shaking', () => {
  it('the control bundle of every source contains every source id', async () => {
    const code = await bundle(everySource);
    const missing = allSources.map((source) => source.id).filter((id) => !code.includes(idLiteral(id)));
    expect(missing).toEqual([]);
  });

  it.each([
    ['a subpath import', sqsOnlyBySubpath],
    ['the package root', sqsOnlyByRoot],
  ])('an app mounting only sqs through %s carries no other source', async (_how, entry) => {
    const code = await bundle(entry);
    expect(code).toContain(idLiteral('sqs'));
    // A leak here usually means a module-level side effect (a registry, a top-level call)
    // or an import of the sources index from inside a source module.
    expect(foreignIds.filter((id) => code.includes(idLiteral(id)))).toEqual([]);
  });

  it('an app mounting only sqs carries no AWS SDK client', async () => {
    const code = await bundle(sqsOnlyByRoot);
    expect(code).not.toMatch(/@aws-sdk|smithy/i);
  });

  it('an app mounting only sqs carries no answer-size check and no settling code', async () => {
    const files = await bundledFiles(sqsOnlyBySubpath);
    expect(files).toContain('packages/core/src/router.ts');
    // A sync source passes `syncAnswerLimit` and a settling source `settling(...)`: if either shows
    // up here, the router (or `runtimeSource`) imports it again instead of taking it from the source.
    expect(files.filter((file) => /response-size|settle-with/.test(file))).toEqual([]);
  });

  it('an app mounting only sqs carries no ValidationError: its log line is told by code', async () => {
    const code = await bundle(sqsOnlyBySubpath);
    // `no details` is ValidationError's message for an empty issue list; an `instanceof ValidationError` brings it back.
    expect(code).not.toContain('no details');
    const control = await bundle(`export { ValidationError } from '@switchboard/core';`);
    expect(control).toContain('no details');
  });

  it('an app mounting a sync and a settling source carries both', async () => {
    const files = await bundledFiles(`
      import { router } from '@switchboard/core';
      import { appsyncAuthorizer } from '@switchboard/sources/appsync-authorizer';
      export const handler = router().on(appsyncAuthorizer, async () => ({ isAuthorized: true })).handler;
    `);
    expect(files).toEqual(
      expect.arrayContaining([
        'packages/core/src/internal/response-size.ts',
        'packages/core/src/internal/settle-with.ts',
      ]),
    );
  });
});
