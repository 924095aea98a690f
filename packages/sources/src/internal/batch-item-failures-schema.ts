import * as z from 'zod/mini';

/**
 * The partial batch response shared by SQS, Kinesis and DynamoDB Streams:
 * the listed items are retried (SQS: message ids; streams: sequence numbers,
 * Lambda checkpoints before the lowest one). Needs `ReportBatchItemFailures`
 * on the event source mapping.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export const batchItemFailuresSchema = z.object({
  batchItemFailures: z.array(z.object({ itemIdentifier: z.string() })),
});

export type BatchItemFailuresResult = z.output<typeof batchItemFailuresSchema>;
