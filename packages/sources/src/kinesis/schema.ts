import * as z from 'zod/mini';
import { batchItemFailuresSchema } from '../internal/batch-item-failures-schema.js';

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
