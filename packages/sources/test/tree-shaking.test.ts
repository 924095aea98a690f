import { describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

/**
 * Tree-shaking is a tested property: an app that mounts only SQS must carry
 * no other source's code. Each marker is a string only that source's module
 * contains; the control bundle (every source) proves the markers are real.
 */
const foreignMarkers: Record<string, string> = {
  'apigw-rest / alb (HTTP)': 'multiValueHeaders',
  'function-url': '.lambda-url.',
  sns: 'aws:sns',
  s3: 'aws:s3',
  eventbridge: 'detail-type',
  kinesis: 'aws:kinesis',
  dynamodb: 'aws:dynamodb',
};

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['switchboard-source'],
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

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
  export const ids = allSources.map((source) => source.id);
`;

describe('tree-shaking', () => {
  it('the control bundle of every source contains every marker', async () => {
    const code = await bundle(everySource);
    for (const marker of Object.values(foreignMarkers)) expect(code).toContain(marker);
  });

  it.each([
    ['a subpath import', sqsOnlyBySubpath],
    ['the package root', sqsOnlyByRoot],
  ])('an app mounting only sqs through %s carries no other source', async (_how, entry) => {
    const code = await bundle(entry);
    expect(code).toContain('aws:sqs');
    const leaked = Object.entries(foreignMarkers).filter(([, marker]) => code.includes(marker));
    // A leak here usually means a module-level side effect (a registry, a top-level call)
    // or an import of the sources index from inside a source module.
    expect(leaked.map(([source]) => source)).toEqual([]);
  });
});
