import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, type ResultOf, router } from '@switchboard/core';
import { type KinesisResult, kinesis, kinesisReference, toKinesisBatchResponse } from '@switchboard/sources/kinesis';
import type { KinesisStreamHandler } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

// Type level. A handler's return type is the partial batch response, inferred from the response schema.
expectTypeOf<ResultOf<typeof kinesis>>().toEqualTypeOf<KinesisResult>();
router().on(kinesis, async (event) => toKinesisBatchResponse(event.Records.map((r) => r.kinesis.sequenceNumber)));
router().on(kinesis, async () => {});
// @ts-expect-error a wrong answer shape is a compile error
router().on(kinesis, async () => ({ batchItemFailures: [{ id: '1' }] }));
// A handler typed with @types/aws-lambda mounts without a cast.
const typed: KinesisStreamHandler = async () => {};
router().on(kinesis, typed);

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = kinesisReference.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('kinesis', () => {
  it('detects its own sample, which passes its schema', () => {
    const sample = kinesisReference.sample();
    expect(kinesis.detect(sample)).toBe(true);
    expect(checkEvent(kinesisReference, sample)).toEqual([]);
  });

  it('carries base64 JSON in its sample data', () => {
    const data = kinesisReference.sample().Records[0]?.kinesis.data ?? '';
    expect(JSON.parse(Buffer.from(data, 'base64').toString('utf8'))).toMatchObject({ deviceId: 'sensor-17' });
  });

  it.each([
    ['null', null],
    ['an array', [kinesisReference.sample().Records[0]]],
    ['an empty object', {}],
    ['an empty batch', { Records: [] }],
    ['a record of another source', withRecord({ eventSource: 'aws:dynamodb' })],
    ['a Pascal-case EventSource', withRecord({ eventSource: undefined, EventSource: 'aws:kinesis' })],
  ])('does not claim %s', (_name, event) => {
    expect(kinesis.detect(event)).toBe(false);
  });

  it('builds a partial batch response of sequence numbers that passes the response schema', () => {
    const answer = toKinesisBatchResponse(['49590338271490256608559692538361571095921575989136588898']);
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: '49590338271490256608559692538361571095921575989136588898' }],
    });
    expect(checkResponse(kinesisReference, answer)).toEqual([]);
    expect(checkResponse(kinesisReference, toKinesisBatchResponse([]))).toEqual([]);
  });

  it('rejects a record without its sequence number, naming the path', () => {
    const [record] = kinesisReference.sample().Records;
    const broken = { Records: [{ ...record, kinesis: { ...record?.kinesis, sequenceNumber: undefined } }] };
    expect(checkEvent(kinesisReference, broken).map((issue) => issue.path)).toEqual([
      'Records[0].kinesis.sequenceNumber',
    ]);
  });

  it('accepts fields AWS may add that the schema does not list', () => {
    const event = withRecord({ extra: 'kept' });
    expect(checkEvent(kinesisReference, event)).toEqual([]);
  });
});
