import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, type ResultOf, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type SqsResult, sqs, sqsReference, toSqsBatchResponse } from '@switchboard/sources/sqs';
import type { Context } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

// Type level: handlers answer with the partial batch response, or nothing.
expectTypeOf<ResultOf<typeof sqs>>().toEqualTypeOf<SqsResult>();
router().on(sqs, async () => {});
// @ts-expect-error the identifier field is itemIdentifier
router().on(sqs, async () => ({ batchItemFailures: [{ messageId: '1' }] }));

const context = {} as Context;

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = sqsReference.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('sqs', () => {
  it('detects its own sample as the standard variant, and the sample passes the schema', () => {
    const sample = sqsReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: sqsReference, variant: 'standard' });
    expect(checkEvent(sqsReference, sample)).toEqual([]);
  });

  it('reads a queue ARN ending in .fifo as the fifo variant', () => {
    const event = withRecord({ eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:orders.fifo' });
    expect(detectSource(allSources, event)).toEqual({ source: sqsReference, variant: 'fifo' });
  });

  it('routes FIFO batches to the fifo handler and others to the source handler', async () => {
    const app = router()
      .on(sqs, async () => toSqsBatchResponse(['standard']))
      .on(sqs.variant('fifo'), async () => toSqsBatchResponse(['fifo']));
    const fifo = withRecord({ eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:orders.fifo' });
    await expect(app.handler(fifo, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'fifo' }] });
    await expect(app.handler(sqsReference.sample(), context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: 'standard' }],
    });
  });

  it.each([
    ['null', null],
    ['an array', [sqsReference.sample()]],
    ['an empty object', {}],
    ['empty Records', { Records: [] }],
    ['an SNS-style EventSource', withRecord({ eventSource: undefined, EventSource: 'aws:sqs' })],
  ])('does not claim %s', (_name, event) => {
    expect(sqs.detect(event)).toBe(false);
  });

  it('reports a record without a body by its path', () => {
    expect(checkEvent(sqsReference, withRecord({ body: 7 }))).toEqual([
      { path: 'Records[0].body', message: 'expected string' },
    ]);
  });

  it('builds a partial batch response that passes the response schema, from an array or any iterable', () => {
    const fromArray = toSqsBatchResponse(['a', 'b']);
    const fromSet = toSqsBatchResponse(new Set(['a', 'b']));
    expect(fromArray).toEqual({ batchItemFailures: [{ itemIdentifier: 'a' }, { itemIdentifier: 'b' }] });
    expect(fromSet).toEqual(fromArray);
    expect(checkResponse(sqsReference, fromArray)).toEqual([]);
    expect(checkResponse(sqsReference, toSqsBatchResponse([]))).toEqual([]);
  });

  it('rejects a batch response item without itemIdentifier', () => {
    expect(checkResponse(sqsReference, { batchItemFailures: [{ id: 'a' }] })).toEqual([
      { path: 'batchItemFailures[0].itemIdentifier', message: 'expected string' },
    ]);
  });
});
