import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { batchItemFailuresSchema, toBatchItemFailures } from './internal/batch-item-failures.js';
import { firstRecord } from './internal/guards.js';

/** One record of a Kinesis batch. `kinesis.data` is the producer's bytes, base64-encoded. */
export const kinesisRecordSchema = z.object({
  kinesis: z.object({
    kinesisSchemaVersion: z.string(),
    partitionKey: z.string(),
    sequenceNumber: z.string(),
    data: z.string(),
    approximateArrivalTimestamp: z.number(),
    encryptionType: z.exactOptional(z.string()),
  }),
  eventSource: z.literal('aws:kinesis'),
  eventVersion: z.string(),
  eventID: z.string(),
  eventName: z.string(),
  invokeIdentityArn: z.string(),
  awsRegion: z.string(),
  eventSourceARN: z.string(),
});

/** The event a Kinesis event source mapping sends: a batch of records from one shard. */
export const kinesisEventSchema = z.object({ Records: z.array(kinesisRecordSchema) });

/**
 * The partial batch response: each `itemIdentifier` is a failed record's
 * `kinesis.sequenceNumber`; Lambda checkpoints before the lowest one and
 * retries from there. Needs `ReportBatchItemFailures` on the mapping.
 */
export const kinesisResponseSchema = batchItemFailuresSchema;

export type KinesisEvent = z.output<typeof kinesisEventSchema>;
export type KinesisRecord = z.output<typeof kinesisRecordSchema>;
export type KinesisResult = z.output<typeof kinesisResponseSchema>;

/**
 * Builds the partial batch response that fails exactly `sequenceNumbers`
 * (each a record's `kinesis.sequenceNumber`). Listing the first failure is
 * enough: everything after the lowest listed number is retried anyway.
 *
 * @example
 * return toKinesisBatchResponse([record.kinesis.sequenceNumber])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export function toKinesisBatchResponse(sequenceNumbers: Iterable<string>): KinesisResult {
  return toBatchItemFailures(sequenceNumbers);
}

/**
 * Amazon Kinesis Data Streams, through an event source mapping.
 *
 * @example
 * router().on(kinesis, async (event) => toKinesisBatchResponse(await failedSequenceNumbers(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export const kinesis = defineSource({
  id: 'kinesis',
  invocation: 'poll',
  // Every Kinesis record says `eventSource: "aws:kinesis"`; DynamoDB Streams and SQS
  // use the same camel-case key with their own value, so the value alone discriminates.
  // (DynamoDB changes captured to a Kinesis stream arrive as `aws:kinesis` too, and are Kinesis records.)
  detect: (event) => firstRecord(event)?.eventSource === 'aws:kinesis',
  schema: kinesisEventSchema,
  response: kinesisResponseSchema,
  sample: sampleKinesisEvent,
  docs: {
    service: 'Amazon Kinesis Data Streams',
    summary:
      'An event source mapping reads each shard in order and invokes the function with a batch of records; `kinesis.data` holds the producer bytes in base64. The function answers which records failed.',
    detection: 'The first record has `eventSource` equal to `aws:kinesis`.',
    retries:
      'A thrown error retries the whole batch, in order, until it succeeds, the records expire, or `MaximumRetryAttempts` / `MaximumRecordAgeInSeconds` is reached; the shard waits meanwhile. With `ReportBatchItemFailures`, Lambda checkpoints before the lowest sequence number listed in `batchItemFailures` and retries from there; an empty or null `itemIdentifier` fails the whole batch. `BisectBatchOnFunctionError` splits failing batches, and an on-failure destination (SQS, SNS, S3, Kafka) receives what is discarded.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 records (default 100)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
      },
      {
        name: 'Record size',
        value: '1 MiB by default, up to 10 MiB when the stream is configured for large records',
        link: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with Kinesis Data Streams',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
      },
      {
        title: 'Partial batch responses with Kinesis',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html',
      },
    ],
  },
});

function sampleKinesisEvent(): KinesisEvent {
  const sequenceNumber = '49590338271490256608559692538361571095921575989136588898';
  return {
    Records: [
      {
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: 'sensor-17',
          sequenceNumber,
          // base64 of {"deviceId":"sensor-17","temperature":21.4,"at":"2024-05-14T09:30:12Z"}
          data: 'eyJkZXZpY2VJZCI6InNlbnNvci0xNyIsInRlbXBlcmF0dXJlIjoyMS40LCJhdCI6IjIwMjQtMDUtMTRUMDk6MzA6MTJaIn0=',
          approximateArrivalTimestamp: 1715679012.428,
        },
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: `shardId-000000000006:${sequenceNumber}`,
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: 'arn:aws:iam::123456789012:role/telemetry-consumer-role',
        awsRegion: 'eu-west-1',
        eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/telemetry',
      },
    ],
  };
}
