import { describeSource } from '@switchboard/core';
import { type KinesisEvent, kinesisEventSchema, kinesisResponseSchema } from './schema.js';
import { kinesis } from './source.js';

/** `kinesis` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const kinesisReference = describeSource(kinesis, {
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
