import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  decodeKafkaHeaders,
  decodeKafkaPayload,
  kafkaReference as kafka,
  listKafkaRecords,
  toKafkaBatchResponse,
} from '@switchboard/sources/kafka';
import { mskReference as msk } from '@switchboard/sources/msk';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('kafka', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = kafka.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: kafka, variant: undefined });
    expect(checkEvent(kafka, sample)).toEqual([]);
  });

  it('accepts an event without bootstrapServers and records without a key', () => {
    const event = kafka.sample();
    delete event.bootstrapServers;
    for (const record of listKafkaRecords(event)) delete record.key;
    expect(checkEvent(kafka, event)).toEqual([]);
  });

  it('decodes the sample value as JSON and its headers as text', () => {
    const [record] = listKafkaRecords(kafka.sample());
    expect(decodeKafkaPayload(record?.value, 'json')).toEqual({ sensorId: 'sensor-17', celsius: 21.4 });
    expect(decodeKafkaHeaders(record?.headers ?? [])).toEqual([['source', 'gateway-eu']]);
  });

  it('builds a partial batch response that passes the response schema', () => {
    const answer = toKafkaBatchResponse(listKafkaRecords(kafka.sample()));
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: { partition: 'sensor-readings-3', offset: 770142 } }],
    });
    expect(checkResponse(kafka, answer)).toEqual([]);
    expect(checkResponse(kafka, undefined)).toEqual([]);
  });

  it('routes self-managed and MSK batches to their own handlers', async () => {
    const app = router()
      .on(kafka, async () => toKafkaBatchResponse([]))
      .on(msk, async () => {});
    await expect(app.handler(kafka.sample(), context)).resolves.toEqual({ batchItemFailures: [] });
    await expect(app.handler(msk.sample(), context)).resolves.toBeUndefined();
  });

  it.each([
    ['null', null],
    ['an MSK event', msk.sample()],
    ['an aws:-prefixed variant', { ...kafka.sample(), eventSource: 'aws:SelfManagedKafka' }],
    ['records without an eventSource', { records: kafka.sample().records }],
  ])('does not claim %s', (_name, event) => {
    expect(kafka.detect(event)).toBe(false);
  });
});
