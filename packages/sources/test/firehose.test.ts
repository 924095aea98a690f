import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type FirehoseEvent,
  type FirehoseResult,
  firehoseReference as firehose,
  firehoseRecordJson,
  firehoseRecordText,
  toFirehoseRecord,
  toFirehoseResponse,
} from '@switchboard/sources/firehose';
import type { Context } from 'aws-lambda';

const context = {} as Context;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function sample(): FirehoseEvent {
  return firehose.sample();
}

function ids(event: FirehoseEvent): string[] {
  return event.records.map((record) => record.recordId);
}

describe('firehose', () => {
  it('detects its own sample as firehose only, and the sample passes the schema', () => {
    expect(detectSource(allSources, sample())).toEqual({ source: firehose, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample()))).toEqual([firehose]);
    expect(checkEvent(firehose, sample())).toEqual([]);
  });

  it('detects a batch without deliveryStreamArn, which the schema then refuses', () => {
    const { deliveryStreamArn: _dropped, ...event } = sample();
    expect(firehose.detect(event)).toBe(true);
    expect(checkEvent(firehose, event).map((issue) => issue.path)).toEqual(['deliveryStreamArn']);
  });

  it.each([
    ['an empty batch', { ...sample(), records: [] }],
    [
      'a Kinesis Data Analytics preprocessing event',
      {
        invocationId: 'invocationIdExample',
        applicationArn: 'arn:aws:kinesisanalytics:us-east-1:123456789012:application/example',
        records: [{ recordId: '49571347871967966406409637155186850213682522142927749122', data: 'e30=' }],
      },
    ],
    ['an S3 Batch Operations event', { invocationSchemaVersion: '1.0', invocationId: 'abc', job: {}, tasks: [] }],
    ['records that is not a list', { invocationId: 'abc', records: { recordId: 'r1' } }],
    ['an MSK event', { eventSource: 'aws:kafka', records: { 'topic-0': [] } }],
  ])('does not claim %s', (_name, event) => {
    expect(firehose.detect(event)).toBe(false);
  });

  it('decodes a record to text and to JSON', () => {
    const [record] = sample().records;
    if (record === undefined) throw new Error('sample without record');
    expect(firehoseRecordText(record)).toBe('{"deviceId":"sensor-17","celsius":21.5}');
    expect(firehoseRecordJson<{ celsius: number }>(record).celsius).toBe(21.5);
    expect(() => firehoseRecordJson({ data: base64('not json') })).toThrow(SyntaxError);
  });
});

describe('toFirehoseRecord', () => {
  it('base64-encodes text as UTF-8, bytes as they are, and other values as JSON', () => {
    expect(toFirehoseRecord('r1', 'Ok', 'héllo\n').data).toBe(base64('héllo\n'));
    expect(toFirehoseRecord('r1', 'Ok', new Uint8Array([0, 255])).data).toBe('AP8=');
    expect(toFirehoseRecord('r1', 'Ok', { a: [1, null] }).data).toBe(base64('{"a":[1,null]}'));
    expect(toFirehoseRecord('r1', 'Dropped', 42)).toEqual({ recordId: 'r1', result: 'Dropped', data: base64('42') });
  });

  it('carries dynamic partitioning keys, and its output passes the response schema', () => {
    const record = toFirehoseRecord('r1', 'Ok', 'x', { partitionKeys: { customer: 'c-7' } });
    expect(record.metadata).toEqual({ partitionKeys: { customer: 'c-7' } });
    expect(checkResponse(firehose, { records: [record] })).toEqual([]);
  });
});

describe('toFirehoseResponse', () => {
  it('answers every record in the order of the event, keeping input data where an outcome has none', () => {
    const event = sample();
    const [first, second] = ids(event) as [string, string];
    const answer = toFirehoseResponse(event, [
      { recordId: second, result: 'Dropped' },
      toFirehoseRecord(first, 'Ok', 'changed'),
    ]);
    expect(answer).toEqual({
      records: [
        { recordId: first, result: 'Ok', data: base64('changed') },
        { recordId: second, result: 'Dropped', data: event.records[1]?.data },
      ],
    });
    expect(checkResponse(firehose, answer)).toEqual([]);
  });

  it.each([
    ['a record is missing', (event: FirehoseEvent) => ids(event).slice(1)],
    ['a record is answered twice', (event: FirehoseEvent) => [...ids(event), ids(event)[0] ?? '']],
    ['an unknown record is answered', (event: FirehoseEvent) => [...ids(event), 'not-in-batch']],
  ])('throws FIREHOSE_RECORDS_MISMATCH when %s', (_case, pick) => {
    const event = sample();
    const outcomes = pick(event).map((recordId) => ({ recordId, result: 'Ok' as const }));
    expect(() => toFirehoseResponse(event, outcomes)).toThrow(
      expect.objectContaining({ code: 'FIREHOSE_RECORDS_MISMATCH' }),
    );
  });
});

describe('firehose through a router', () => {
  it('answers records without data with their input data, and the answer passes the response schema', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(
      firehose,
      async (event): Promise<FirehoseResult> => ({
        records: event.records.map((record) => ({ recordId: record.recordId, result: 'ProcessingFailed' })),
      }),
    );
    const event = sample();
    await expect(app.handler(event, context)).resolves.toEqual({
      records: event.records.map(({ recordId, data }) => ({ recordId, result: 'ProcessingFailed', data })),
    });
  });

  it('fails the invocation when the handler forgets a record, rather than let Firehose fail the batch', async () => {
    const app = router().on(firehose, async (event) => ({
      records: event.records.slice(1).map((record) => toFirehoseRecord(record.recordId, 'Ok', record.data)),
    }));
    await expect(app.handler(sample(), context)).rejects.toMatchObject({ code: 'FIREHOSE_RECORDS_MISMATCH' });
  });

  it('fails the invocation when the handler returns nothing', async () => {
    const app = router().on(firehose, async () => {});
    await expect(app.handler(sample(), context)).rejects.toMatchObject({ code: 'FIREHOSE_RECORDS_MISMATCH' });
  });
});
