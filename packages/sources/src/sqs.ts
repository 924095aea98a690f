import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { batchItemFailuresSchema, toBatchItemFailures } from './internal/batch-item-failures.js';
import { firstRecord } from './internal/guards.js';

const messageAttributeSchema = z.object({
  dataType: z.string(),
  stringValue: z.exactOptional(z.string()),
  binaryValue: z.exactOptional(z.string()),
  stringListValues: z.exactOptional(z.array(z.string())),
  binaryListValues: z.exactOptional(z.array(z.string())),
});

/** One message of an SQS batch. */
export const sqsRecordSchema = z.object({
  messageId: z.string(),
  receiptHandle: z.string(),
  body: z.string(),
  attributes: z.object({
    ApproximateReceiveCount: z.string(),
    SentTimestamp: z.string(),
    SenderId: z.string(),
    ApproximateFirstReceiveTimestamp: z.string(),
    AWSTraceHeader: z.exactOptional(z.string()),
    SequenceNumber: z.exactOptional(z.string()),
    MessageGroupId: z.exactOptional(z.string()),
    MessageDeduplicationId: z.exactOptional(z.string()),
    DeadLetterQueueSourceArn: z.exactOptional(z.string()),
  }),
  messageAttributes: z.record(z.string(), messageAttributeSchema),
  md5OfBody: z.string(),
  md5OfMessageAttributes: z.exactOptional(z.nullable(z.string())),
  eventSource: z.literal('aws:sqs'),
  eventSourceARN: z.string(),
  awsRegion: z.string(),
});

/** The event an SQS event source mapping sends: a batch of messages. */
export const sqsEventSchema = z.object({ Records: z.array(sqsRecordSchema) });

/**
 * The partial batch response: the listed messages stay on the queue and are
 * retried; the others are deleted. Needs `ReportBatchItemFailures` on the mapping.
 */
export const sqsResponseSchema = batchItemFailuresSchema;

export type SqsEvent = z.output<typeof sqsEventSchema>;
export type SqsRecord = z.output<typeof sqsRecordSchema>;
export type SqsResult = z.output<typeof sqsResponseSchema>;

/**
 * Builds the partial batch response that retries exactly `failedMessageIds`.
 *
 * @example
 * return toSqsBatchResponse(['059f36b4-87a3-44ab-83d2-661975830a7d'])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export function toSqsBatchResponse(failedMessageIds: Iterable<string>): SqsResult {
  return toBatchItemFailures(failedMessageIds);
}

/** A FIFO queue's ARN ends in `.fifo`: AWS requires the suffix on every FIFO queue name. */
function isFifoArn(arn: unknown): boolean {
  return typeof arn === 'string' && arn.endsWith('.fifo');
}

/**
 * Amazon SQS, through an event source mapping.
 *
 * @example
 * router().on(sqs, async (event) => toSqsBatchResponse(await failedIds(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export const sqs = defineSource({
  id: 'sqs',
  invocation: 'poll',
  // Every SQS record says `eventSource: "aws:sqs"` (camel case; SNS uses `EventSource`).
  detect: (event) => firstRecord(event)?.eventSource === 'aws:sqs',
  schema: sqsEventSchema,
  response: sqsResponseSchema,
  variants: ['standard', 'fifo'],
  variantOf: (event) => (isFifoArn(event.Records[0]?.eventSourceARN) ? 'fifo' : 'standard'),
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
