import * as z from 'zod/mini';

/**
 * The partial batch response of the stream sources (Kinesis, DynamoDB Streams):
 * each `itemIdentifier` is a record's sequence number. Lambda checkpoints
 * before the lowest one listed and retries from there. Needs
 * `ReportBatchItemFailures` on the event source mapping.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
// `z.object`, not `z.looseObject`, on purpose: both accept extra keys (only parsing would
// drop them, and the router never replaces an answer with its parse), but the loose
// output type carries an index signature that `@types/aws-lambda`'s
// `KinesisStreamBatchResponse` and `DynamoDBBatchResponse` interfaces lack, so handlers
// typed with them would not mount.
export const streamBatchResponseSchema = z.object({
  batchItemFailures: z.array(z.object({ itemIdentifier: z.string() })),
});

export type StreamBatchResult = z.output<typeof streamBatchResponseSchema>;

/** Lists `sequenceNumbers` as the batch's failed items, in the order given. */
export function toStreamBatchResponse(sequenceNumbers: Iterable<string>): StreamBatchResult {
  return { batchItemFailures: Array.from(sequenceNumbers, (itemIdentifier) => ({ itemIdentifier })) };
}
