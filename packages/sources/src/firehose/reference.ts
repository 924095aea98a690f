import { describeSource } from '@switchboard/core';
import { sampleFirehoseEvent } from './sample.js';
import { firehoseEventSchema, firehoseResponseSchema } from './schema.js';
import { firehose } from './source.js';

/** `firehose` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const firehoseReference = describeSource(firehose, {
  schema: firehoseEventSchema,
  response: firehoseResponseSchema,
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
