import * as z from 'zod/mini';
import { kafkaBatchResponseSchema, kafkaRecordMapSchema, kafkaRecordSchema } from '../internal/kafka-records-schema.js';

/** One record of an Amazon MSK batch; `key` and `value` are base64 (decode with `decodeMskPayload`). */
export const mskRecordSchema = kafkaRecordSchema;

/**
 * The event an Amazon MSK event source mapping sends: the batch's records,
 * grouped by `<topic>-<partition>`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const mskEventSchema = z.object({
  eventSource: z.literal('aws:kafka'),
  eventSourceArn: z.string(),
  bootstrapServers: z.string(),
  records: kafkaRecordMapSchema,
});

/** Nothing (the whole batch succeeded) or the partial batch response naming failed records. */
export const mskResponseSchema = kafkaBatchResponseSchema;

export type MskEvent = z.output<typeof mskEventSchema>;
export type MskRecord = z.output<typeof mskRecordSchema>;
export type MskResult = z.output<typeof mskResponseSchema>;
