import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { batchItemFailuresSchema, toBatchItemFailures } from './internal/batch-item-failures.js';
import { firstRecord } from './internal/guards.js';

/**
 * One attribute in DynamoDB's typed JSON: exactly one key names the type
 * (`{"S": "text"}`, `{"N": "42"}`, `{"M": {...}}`). Numbers arrive as strings,
 * binary values as base64.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html
 */
export const dynamodbAttributeValueSchema = z.union([
  z.object({ S: z.string() }),
  z.object({ N: z.string() }),
  z.object({ B: z.string() }),
  z.object({ BOOL: z.boolean() }),
  z.object({ NULL: z.boolean() }),
  z.object({ SS: z.array(z.string()) }),
  z.object({ NS: z.array(z.string()) }),
  z.object({ BS: z.array(z.string()) }),
  z.object({
    get L() {
      return z.array(dynamodbAttributeValueSchema);
    },
  }),
  z.object({
    get M() {
      return z.record(z.string(), dynamodbAttributeValueSchema);
    },
  }),
]);

/** An item (or its key) as attribute name → typed attribute value. */
const itemSchema = z.record(z.string(), dynamodbAttributeValueSchema);

/** One change of a DynamoDB stream. Which images are present depends on `StreamViewType` and `eventName`. */
export const dynamodbRecordSchema = z.object({
  eventID: z.string(),
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  eventVersion: z.string(),
  eventSource: z.literal('aws:dynamodb'),
  awsRegion: z.string(),
  dynamodb: z.object({
    ApproximateCreationDateTime: z.exactOptional(z.number()),
    Keys: itemSchema,
    NewImage: z.exactOptional(itemSchema),
    OldImage: z.exactOptional(itemSchema),
    SequenceNumber: z.string(),
    SizeBytes: z.number(),
    StreamViewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']),
  }),
  eventSourceARN: z.string(),
  // Present on deletions made by Time to Live: `{type: "Service", principalId: "dynamodb.amazonaws.com"}`.
  userIdentity: z.exactOptional(z.object({ type: z.string(), principalId: z.string() })),
});

/** The event a DynamoDB Streams event source mapping sends: a batch of changes from one shard. */
export const dynamodbEventSchema = z.object({ Records: z.array(dynamodbRecordSchema) });

/**
 * The partial batch response: each `itemIdentifier` is a failed record's
 * `dynamodb.SequenceNumber`; Lambda checkpoints before the lowest one and
 * retries from there. Needs `ReportBatchItemFailures` on the mapping.
 */
export const dynamodbResponseSchema = batchItemFailuresSchema;

export type DynamodbEvent = z.output<typeof dynamodbEventSchema>;
export type DynamodbRecord = z.output<typeof dynamodbRecordSchema>;
export type DynamodbAttributeValue = z.output<typeof dynamodbAttributeValueSchema>;
export type DynamodbResult = z.output<typeof dynamodbResponseSchema>;

/**
 * Builds the partial batch response that fails exactly `sequenceNumbers`
 * (each a record's `dynamodb.SequenceNumber`). Listing the first failure is
 * enough: everything after the lowest listed number is retried anyway.
 *
 * @example
 * return toDynamodbBatchResponse([record.dynamodb.SequenceNumber])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export function toDynamodbBatchResponse(sequenceNumbers: Iterable<string>): DynamodbResult {
  return toBatchItemFailures(sequenceNumbers);
}

/**
 * Amazon DynamoDB Streams, through an event source mapping.
 *
 * @example
 * router().on(dynamodb, async (event) => toDynamodbBatchResponse(await failedSequenceNumbers(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export const dynamodb = defineSource({
  id: 'dynamodb',
  invocation: 'poll',
  // Every DynamoDB Streams record says `eventSource: "aws:dynamodb"`; Kinesis and SQS
  // use the same camel-case key with their own value, so the value alone discriminates.
  detect: (event) => firstRecord(event)?.eventSource === 'aws:dynamodb',
  schema: dynamodbEventSchema,
  response: dynamodbResponseSchema,
  sample: sampleDynamodbEvent,
  docs: {
    service: 'Amazon DynamoDB Streams',
    summary:
      'An event source mapping reads each shard of a table stream in order and invokes the function with a batch of item changes (INSERT, MODIFY, REMOVE) in DynamoDB typed JSON. The function answers which records failed.',
    detection: 'The first record has `eventSource` equal to `aws:dynamodb`.',
    retries:
      'A thrown error retries the whole batch, in order, until it succeeds, the records expire from the stream (24 hours), or `MaximumRetryAttempts` / `MaximumRecordAgeInSeconds` is reached; the shard waits meanwhile. With `ReportBatchItemFailures`, Lambda checkpoints before the lowest sequence number listed in `batchItemFailures` and retries from there; an empty or null `itemIdentifier` fails the whole batch. `BisectBatchOnFunctionError` splits failing batches, and an on-failure destination (SQS, SNS, S3) receives what is discarded.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 records (default 100)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      },
      {
        name: 'Stream retention',
        value: '24 hours; records older than that are gone, retried or not',
        link: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit); an item is at most 400 KB',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      { title: 'Using Lambda with Amazon DynamoDB', url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html' },
      {
        title: 'Partial batch responses with DynamoDB',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      },
    ],
  },
});

function sampleDynamodbEvent(): DynamodbEvent {
  return {
    Records: [
      {
        eventID: '7de3041dd709b024af6f29e4fa13d34c',
        eventName: 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'eu-west-1',
        dynamodb: {
          ApproximateCreationDateTime: 1715679012,
          Keys: { pk: { S: 'ORDER#o-1001' } },
          NewImage: {
            pk: { S: 'ORDER#o-1001' },
            status: { S: 'SHIPPED' },
            amount: { N: '42.50' },
            items: { L: [{ M: { sku: { S: 'SKU-7' }, qty: { N: '2' } } }] },
            tags: { SS: ['priority', 'gift'] },
          },
          OldImage: {
            pk: { S: 'ORDER#o-1001' },
            status: { S: 'PAID' },
            amount: { N: '42.50' },
            items: { L: [{ M: { sku: { S: 'SKU-7' }, qty: { N: '2' } } }] },
            tags: { SS: ['priority', 'gift'] },
          },
          SequenceNumber: '5817600000000012071368042',
          SizeBytes: 213,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
        eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2024-05-01T08:15:42.117',
      },
    ],
  };
}
