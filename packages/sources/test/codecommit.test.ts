import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { codecommitReference as codecommit } from '@switchboard/sources/codecommit';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = codecommit.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('codecommit', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = codecommit.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: codecommit, variant: undefined });
    expect(checkEvent(codecommit, sample)).toEqual([]);
  });

  it('accepts created/deleted references and custom data', () => {
    const event = withRecord({
      customData: 'deploy=staging',
      codecommit: {
        references: [
          { commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', ref: 'refs/tags/v1.4.0', created: true },
          { commit: '0000000000000000000000000000000000000000', ref: 'refs/heads/old-feature', deleted: true },
        ],
      },
    });
    expect(checkEvent(codecommit, event)).toEqual([]);
  });

  it('hands the mounted handler the references, and the answer is ignored', async () => {
    const refs: string[] = [];
    const app = router().on(codecommit, async (event) => {
      for (const record of event.Records)
        for (const reference of record.codecommit.references) refs.push(reference.ref);
    });
    await expect(app.handler(codecommit.sample(), context)).resolves.toBeUndefined();
    expect(refs).toEqual(['refs/heads/main']);
  });

  it('reports a record without its references by path', () => {
    expect(checkEvent(codecommit, withRecord({ codecommit: {} })).map((issue) => issue.path)).toEqual([
      'Records[0].codecommit.references',
    ]);
  });

  it.each([
    ['null', null],
    ['empty Records', { Records: [] }],
    ['a record of another source', withRecord({ eventSource: 'aws:sqs' })],
    ['a Pascal-case EventSource', withRecord({ eventSource: undefined, EventSource: 'aws:codecommit' })],
    [
      'an EventBridge CodeCommit event',
      { source: 'aws.codecommit', 'detail-type': 'CodeCommit Repository State Change' },
    ],
  ])('does not claim %s', (_name, event) => {
    expect(codecommit.detect(event)).toBe(false);
  });
});
