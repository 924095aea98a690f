import { describeSource } from '@switchboard/core';
import { type SqsEvent, sqsEventSchema, sqsResponseSchema } from './schema.js';
import { sqs } from './source.js';

/**
 * `sqs` with its schemas, sample event and docs: for tools, tests and
 * `validateEvent`. A function that mounts `sqs` alone never carries them.
 */
export const sqsReference = describeSource(sqs, {
  schema: sqsEventSchema,
  response: sqsResponseSchema,
  sample: sampleSqsEvent,
  docs: {
    service: 'Amazon SQS',
    summary:
      'An event source mapping polls the queue and invokes the function with a batch of messages. The function answers which messages failed; the rest are deleted.',
    detection:
      'The first record has `eventSource` equal to `aws:sqs`; an ARN ending in `.fifo` makes it the `fifo` variant.',
    retries:
      'A thrown error returns the whole batch to the queue after the visibility timeout. With `ReportBatchItemFailures`, only the messages listed in `batchItemFailures` return; after `maxReceiveCount` receives a message moves to the dead-letter queue. In a FIFO queue, every message after the first failure must be reported too, or order breaks.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 messages for standard queues (above 10 needs a batching window), 1 to 10 for FIFO',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
      },
      {
        name: 'Message size',
        value: 'up to 1 MiB per message',
        link: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      { title: 'Using Lambda with Amazon SQS', url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html' },
      {
        title: 'Handling errors for an SQS event source',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
      },
    ],
  },
});

function sampleSqsEvent(): SqsEvent {
  return {
    Records: [
      {
        messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
        receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a',
        body: '{"orderId":"o-1001","amount":42}',
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '1545082649183',
          SenderId: 'AIDAIENQZJOLO23YVJ4VO',
          ApproximateFirstReceiveTimestamp: '1545082649185',
        },
        messageAttributes: {},
        md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:orders',
        awsRegion: 'us-east-2',
      },
    ],
  };
}
