import * as z from 'zod/mini';

/** Present when the Firehose stream reads from a Kinesis data stream. */
const kinesisRecordMetadataSchema = z.object({
  shardId: z.string(),
  partitionKey: z.string(),
  approximateArrivalTimestamp: z.number(),
  sequenceNumber: z.string(),
  // A number in AWS's Powertools schema and the Rust runtime's fixture, a string in SAM's template.
  subsequenceNumber: z.union([z.number(), z.string()]),
});

/** One buffered record; `data` is base64. */
export const firehoseRecordSchema = z.object({
  recordId: z.string(),
  approximateArrivalTimestamp: z.number(),
  data: z.string(),
  kinesisRecordMetadata: z.exactOptional(kinesisRecordMetadataSchema),
});

/**
 * The batch a Firehose stream sends for transformation.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html
 */
export const firehoseEventSchema = z.object({
  invocationId: z.string(),
  deliveryStreamArn: z.string(),
  sourceKinesisStreamArn: z.exactOptional(z.string()),
  region: z.string(),
  records: z.array(firehoseRecordSchema),
});

export const firehoseRecordResults = ['Ok', 'Dropped', 'ProcessingFailed'] as const;
export type FirehoseRecordResult = (typeof firehoseRecordResults)[number];

/** Dynamic partitioning keys, for streams with dynamic partitioning enabled. */
const metadataSchema = z.object({ partitionKeys: z.record(z.string(), z.string()) });

/**
 * The answer Firehose reads: every input record, by `recordId`, with its
 * result and its (transformed) data in base64.
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html
 */
export const firehoseResponseSchema = z.object({
  records: z.array(
    z.object({
      recordId: z.string(),
      result: z.enum(firehoseRecordResults),
      data: z.string(),
      metadata: z.optional(metadataSchema),
    }),
  ),
});

export type FirehoseEvent = z.output<typeof firehoseEventSchema>;
export type FirehoseRecord = z.output<typeof firehoseRecordSchema>;
export type FirehoseResponse = z.output<typeof firehoseResponseSchema>;
export type FirehoseResponseRecord = FirehoseResponse['records'][number];
export type FirehoseMetadata = z.output<typeof metadataSchema>;

/**
 * What a handler returns: the answer, where a record may leave out `data`
 * (as `@types/aws-lambda` allows); it then carries its input data unchanged.
 */
export interface FirehoseResult {
  readonly records: readonly (Omit<FirehoseResponseRecord, 'data'> & { readonly data?: string | undefined })[];
}
