/**
 * Fuzzed poll batches (SQS standard and FIFO, Kinesis, DynamoDB Streams):
 * records built from each source's sample with unique identifiers and
 * hostile payloads, a per-record plan saying whether the handler fails
 * (and how), and at times the whole event mutated.
 */
import { dynamodbReference } from '@switchboard/sources/dynamodb';
import { kinesisReference } from '@switchboard/sources/kinesis';
import { sqsReference } from '@switchboard/sources/sqs';
import fc from 'fast-check';
import { hugeString, marker, nestingDepth } from './hostile.js';
import { mutate, mutationsArb } from './mutations.js';

export type BatchKind = 'sqs' | 'sqs-fifo' | 'kinesis' | 'dynamodb';

/** What the handler does with record `index`: succeed or fail, at once or later, throwing an Error or not. */
export interface Step {
  readonly fail: boolean;
  readonly async: boolean;
  readonly thrown: 'error' | 'string' | 'undefined';
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  fail: fc.boolean(),
  async: fc.boolean(),
  thrown: fc.constantFrom('error' as const, 'string' as const, 'undefined' as const),
});

/** Payload texts: JSON, text that is not JSON, the marker, hostile keys, huge and deeply nested values. */
const payloadArb = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      `{"__proto__":{"polluted":"${marker}"}}`,
      `{"constructor":{"prototype":{"polluted":"${marker}"}}}`,
      `${'['.repeat(nestingDepth)}${']'.repeat(nestingDepth)}`,
      marker,
      '',
    ),
  },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ blob: hugeString })) },
);

// DynamoDB images, some with a `__proto__` attribute as a stream record can carry it (an item attribute named so).
const imageArb = fc.oneof(
  fc.constant({ pk: { S: 'k' }, n: { N: '1' } }),
  fc.constant(JSON.parse(`{"pk":{"S":"k"},"__proto__":{"M":{"polluted":{"S":"${marker}"}}}}`) as object),
  fc.constant(JSON.parse(`{"pk":{"S":"k"},"constructor":{"M":{"prototype":{"M":{"polluted":{"BOOL":true}}}}}}`)),
  fc.constant({ pk: { S: 'k' }, big: { N: '123456789012345678901234567890' }, odd: { X: '1' } }),
);

const sqsRecord = sqsReference.sample().Records[0];
const kinesisRecord = kinesisReference.sample().Records[0];
const dynamodbRecord = dynamodbReference.sample().Records[0];

/** Sequence numbers of varying length, increasing with the index (compared by length, then digits). */
const sequenceOf = (index: number) => `${'4'.repeat(20 + (index % 3))}${String(index).padStart(4, '0')}`;

function toRecord(kind: BatchKind, index: number, payload: string, image: object): unknown {
  switch (kind) {
    case 'sqs':
      return { ...sqsRecord, messageId: `m-${index}`, body: payload };
    case 'sqs-fifo':
      return {
        ...sqsRecord,
        messageId: `m-${index}`,
        body: payload,
        eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:orders.fifo',
        attributes: { ...sqsRecord?.attributes, MessageGroupId: `g-${index % 2}`, SequenceNumber: sequenceOf(index) },
      };
    case 'kinesis':
      return {
        ...kinesisRecord,
        eventID: `shardId-000000000006:${sequenceOf(index)}`,
        kinesis: {
          ...kinesisRecord?.kinesis,
          sequenceNumber: sequenceOf(index),
          partitionKey: `pk-${index % 3}`,
          // Some data is not base64 at all: Node decodes what it can, the payload then is not JSON.
          data: index % 5 === 4 ? payload : Buffer.from(payload).toString('base64'),
        },
      };
    case 'dynamodb':
      return {
        ...dynamodbRecord,
        eventID: `e-${index}`,
        dynamodb: {
          ...dynamodbRecord?.dynamodb,
          Keys: { pk: { S: `k-${index}` } },
          NewImage: image,
          SequenceNumber: sequenceOf(index),
        },
      };
  }
}

export const batchCaseArb = fc
  .record({
    kind: fc.constantFrom<BatchKind>('sqs', 'sqs-fifo', 'kinesis', 'dynamodb'),
    payloads: fc.array(fc.tuple(payloadArb, imageArb), { maxLength: 8 }),
    plan: fc.array(stepArb, { minLength: 1, maxLength: 8 }),
    concurrency: fc.integer({ min: 1, max: 3 }),
    processAll: fc.boolean(),
    withSchema: fc.boolean(),
    mutations: fc.option(mutationsArb, { nil: undefined, freq: 6 }),
  })
  .map((batchCase) => ({ ...batchCase, event: toBatchEvent(batchCase) }));

export type BatchCase = typeof batchCaseArb extends fc.Arbitrary<infer Case> ? Case : never;

function toBatchEvent(batchCase: {
  kind: BatchKind;
  payloads: readonly (readonly [string, object])[];
  mutations: Parameters<typeof mutate>[1] | undefined;
}): unknown {
  const records = batchCase.payloads.map(([payload, image], index) => toRecord(batchCase.kind, index, payload, image));
  const event = { Records: records };
  return batchCase.mutations === undefined ? JSON.parse(JSON.stringify(event)) : mutate(event, batchCase.mutations);
}

/** A record's position in a stream, or `undefined` when the record has none. */
export function sequenceNumberOf(kind: BatchKind, record: unknown): unknown {
  const inner = record as { kinesis?: { sequenceNumber?: unknown }; dynamodb?: { SequenceNumber?: unknown } };
  return kind === 'kinesis' ? inner.kinesis?.sequenceNumber : inner.dynamodb?.SequenceNumber;
}
