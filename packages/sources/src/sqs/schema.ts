import * as z from 'zod/mini';
import { batchItemFailuresSchema } from '../internal/batch-item-failures-schema.js';

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
