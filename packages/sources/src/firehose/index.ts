import { defineSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { toFirehoseAnswer } from './respond.js';
import { sampleFirehoseEvent } from './sample.js';
import { type FirehoseResult, firehoseEventSchema, firehoseResponseSchema } from './schema.js';

export {
  type FirehoseData,
  firehoseRecordJson,
  firehoseRecordText,
  toFirehoseRecord,
  toFirehoseResponse,
} from './respond.js';
export * from './schema.js';

/**
 * Amazon Data Firehose data transformation: the stream buffers records and
 * invokes the function to transform them before delivery.
 *
 * @example
 * router().on(firehose, async (event) =>
 *   toFirehoseResponse(event, event.records.map((r) => toFirehoseRecord(r.recordId, 'Ok', firehoseRecordText(r).trim()))))
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export const firehose = defineSource<
  'firehose',
  typeof firehoseEventSchema,
  typeof firehoseResponseSchema,
  FirehoseResult
>({
  id: 'firehose',
  invocation: 'sync',
  // A top-level `invocationId` with lower-case `records` whose items carry a
  // `recordId` and an `approximateArrivalTimestamp`. Not `deliveryStreamArn`:
  // SAM's templates omit or misspell it (corpus: KinesisFirehoseSyslog.json,
  // KinesisFirehoseStreamsAsSource.json). Kinesis Data Analytics preprocessing
  // events share `invocationId`/`records`/`recordId` but keep the timestamp in
  // their record metadata (corpus: KinesisAnalytics.json); S3 Batch has `tasks`.
  detect: (event) => {
    if (!isObject(event) || typeof event.invocationId !== 'string' || !Array.isArray(event.records)) return false;
    const first: unknown = event.records[0];
    return isObject(first) && typeof first.recordId === 'string' && first.approximateArrivalTimestamp !== undefined;
  },
  schema: firehoseEventSchema,
  response: firehoseResponseSchema,
  toResult: toFirehoseAnswer,
  sample: sampleFirehoseEvent,
  docs: {
    service: 'Amazon Data Firehose',
    summary:
      'A Firehose stream with data transformation enabled buffers incoming records and invokes the function synchronously with each batch. The function answers every record by `recordId` with `Ok`, `Dropped` or `ProcessingFailed` and its transformed data in base64.',
    detection:
      'A top-level `invocationId` and a `records` array whose first item has `recordId` and `approximateArrivalTimestamp`.',
    retries:
      'A thrown error, a timeout or an invocation limit makes Firehose retry the invocation (3 times by default), then skip the batch: its records count as failed and go to the `processing-failed` folder of the S3 backup bucket. Records answered `ProcessingFailed`, or a batch whose answer misses a record, go there too.',
    limits: [
      {
        name: 'Buffer size',
        value: '0.2 to 3 MB per invocation (default 1 MB; 256 KB for Splunk and Snowflake); buffer interval 0 to 900 s',
        link: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB for the event and 6 MB for the answer (synchronous invocation)',
        link: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
      },
      {
        name: 'Function duration',
        value: 'up to 5 minutes',
        link: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
      },
    ],
    links: [
      {
        title: 'Transform source data in Amazon Data Firehose',
        url: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
      },
      {
        title: 'Required parameters for data transformation',
        url: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html',
      },
      {
        title: 'Using Lambda with Amazon Data Firehose',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html',
      },
    ],
  },
});
