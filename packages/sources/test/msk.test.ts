import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router, SwitchboardError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  decodeMskHeaders,
  decodeMskPayload,
  listMskRecords,
  type MskEvent,
  mskReference as msk,
  toMskBatchResponse,
} from '@switchboard/sources/msk';
import type { Context } from 'aws-lambda';

const context = {} as Context;
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Two partitions of one topic; the second record of partition 1 has no key. */
function twoPartitions(): MskEvent {
  const sample = msk.sample();
  const [first] = sample.records['orders-0'] ?? [];
  if (first === undefined) throw new Error('sample has no record');
  const record = (partition: number, offset: number, value: unknown, key?: string) => ({
    ...first,
    partition,
    offset,
    value: base64(JSON.stringify(value)),
    ...(key === undefined ? { key: undefined } : { key: base64(key) }),
  });
  return {
    ...sample,
    records: {
      'orders-0': [record(0, 10, { n: 1 }, 'a')],
      'orders-1': [record(1, 20, { n: 2 }, 'b'), record(1, 21, { n: 3 })],
    },
  };
}

describe('msk', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = msk.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: msk, variant: undefined });
    expect(checkEvent(msk, sample)).toEqual([]);
  });

  it('decodes keys and values to bytes, text or JSON, and an absent key to undefined', () => {
    const [record] = msk.sample().records['orders-0'] ?? [];
    expect(decodeMskPayload(record?.key, 'text')).toBe('order-1001');
    expect(decodeMskPayload(record?.value, 'json')).toEqual({ orderId: 'order-1001', total: 42.5 });
    expect(decodeMskPayload(base64('hi'), 'bytes')).toEqual(new Uint8Array([104, 105]));
    expect(decodeMskPayload(undefined, 'text')).toBeUndefined();
    expect(decodeMskPayload(null, 'json')).toBeUndefined();
  });

  it('throws a typed error, naming no payload data, when a value is not JSON', () => {
    let caught: unknown;
    try {
      decodeMskPayload(base64('secret-not-json'), 'json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SwitchboardError);
    expect((caught as SwitchboardError).code).toBe('INVALID_JSON_PAYLOAD');
    expect((caught as Error).message).not.toContain('secret');
  });

  it('decodes headers to name/value pairs in order, keeping repeated names and signed bytes', () => {
    const headers = [{ 'content-type': [...Buffer.from('text/plain')] }, { tag: [97] }, { tag: [-61, -87] }];
    expect(decodeMskHeaders(headers)).toEqual([
      ['content-type', 'text/plain'],
      ['tag', 'a'],
      ['tag', 'é'],
    ]);
  });

  it('lists every record across partitions', () => {
    expect(listMskRecords(twoPartitions()).map((record) => `${record.partition}/${record.offset}`)).toEqual([
      '0/10',
      '1/20',
      '1/21',
    ]);
  });

  it('builds a partial batch response naming topic-partition and offset, which passes the response schema', () => {
    const [, failed] = listMskRecords(twoPartitions());
    const answer = toMskBatchResponse(failed === undefined ? [] : [failed]);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: { partition: 'orders-1', offset: 20 } }] });
    expect(checkResponse(msk, answer)).toEqual([]);
    expect(checkResponse(msk, toMskBatchResponse([]))).toEqual([]);
  });

  it('accepts no answer or null (the whole batch succeeded), and refuses a Kinesis-style string identifier', () => {
    expect(checkResponse(msk, undefined)).toEqual([]);
    expect(checkResponse(msk, null)).toEqual([]);
    expect(checkResponse(msk, { batchItemFailures: [{ itemIdentifier: 'orders-1-20' }] })).not.toEqual([]);
  });

  it('answers the partial batch response the handler builds', async () => {
    const app = router({ validateResponse: true }).on(msk, async (event) =>
      toMskBatchResponse(listMskRecords(event).filter((record) => record.key === undefined)),
    );
    await expect(app.handler(twoPartitions(), context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: { partition: 'orders-1', offset: 21 } }],
    });
  });

  it.each([
    ['null', null],
    ['a self-managed Kafka event', { ...msk.sample(), eventSource: 'SelfManagedKafka' }],
    ['a Records batch', { Records: [{ eventSource: 'aws:kafka' }] }],
    ['a case variant', { ...msk.sample(), eventSource: 'aws:Kafka' }],
  ])('does not claim %s', (_name, event) => {
    expect(msk.detect(event)).toBe(false);
  });
});
