/**
 * The schemas Amazon MSK and self-managed Apache Kafka event source mappings
 * share: the record map (`records` keyed by `<topic>-<partition>`) and the
 * partial batch response. Apart from `kafka-records.ts` so that a function
 * mounting `msk` or `kafka` carries no schema.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
import * as z from 'zod/mini';

/**
 * One Kafka record. `key` and `value` are the producer's bytes, base64-encoded;
 * a record without a key (or a tombstone without a value) has none. Each header
 * is an object of one name → the value's bytes.
 */
export const kafkaRecordSchema = z.object({
  topic: z.string(),
  partition: z.int(),
  offset: z.number(),
  timestamp: z.number(),
  // CREATE_TIME or LOG_APPEND_TIME; a string so a broker's NO_TIMESTAMP_TYPE is not refused.
  timestampType: z.string(),
  key: z.optional(z.nullable(z.string())),
  value: z.optional(z.nullable(z.string())),
  headers: z.array(z.record(z.string(), z.array(z.int()))),
});

/** The records of a batch, keyed by `<topic>-<partition>`; each list is in offset order. */
export const kafkaRecordMapSchema = z.record(z.string(), z.array(kafkaRecordSchema));

export type KafkaRecord = z.output<typeof kafkaRecordSchema>;
export type KafkaRecordMap = z.output<typeof kafkaRecordMapSchema>;

/**
 * The partial batch response of Kafka event source mappings (provisioned
 * mode, `ReportBatchItemFailures`): each `itemIdentifier` names a record by
 * its `records` key (`partition`, e.g. `"orders-0"`) and `offset`, and Lambda
 * resumes that partition from there. Returning nothing (or null) acknowledges
 * the whole batch. AWS documents the feature on the Kafka error-handling page;
 * the identifier's shape is the one AWS's own runtimes model (Powertools for
 * Python's `KafkaItemIdentifier`, aws-lambda-rust-runtime's `KafkaItemIdentifier`).
 * Rejected: the `"<topic>-<partition>-<offset>"` string some middleware
 * libraries send, which is a Kinesis-style identifier AWS does not document for Kafka.
 */
export const kafkaBatchResponseSchema = z.optional(
  z.nullable(
    z.object({
      batchItemFailures: z.array(z.object({ itemIdentifier: z.object({ partition: z.string(), offset: z.number() }) })),
    }),
  ),
);

export type KafkaBatchResult = z.output<typeof kafkaBatchResponseSchema>;
export type KafkaBatchItemFailures = NonNullable<KafkaBatchResult>;
