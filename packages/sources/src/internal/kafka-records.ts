/**
 * What Amazon MSK and self-managed Apache Kafka event source mappings share:
 * the record map (`records` keyed by `<topic>-<partition>`), the partial batch
 * response, and header decoding. `msk` and `kafka` re-export these under
 * their own names.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
import * as z from 'zod/mini';
import { bytesToText } from './base64-payload.js';

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

/** The coordinates of a record: what a partial batch response names. */
export type KafkaRecordCoordinates = Pick<KafkaRecord, 'topic' | 'partition' | 'offset'>;

const toFailure = (record: KafkaRecordCoordinates) => ({
  itemIdentifier: { partition: `${record.topic}-${record.partition}`, offset: record.offset },
});

/** Lists `failed` records (each with its topic, partition and offset) as the batch's failed items, in order. */
export function toKafkaBatchItemFailures(failed: Iterable<KafkaRecordCoordinates>): KafkaBatchItemFailures {
  return { batchItemFailures: Array.from(failed, toFailure) };
}

/** Every record of a batch, partition after partition, each partition in offset order. */
export function listKafkaRecords(records: KafkaRecordMap): KafkaRecord[] {
  return Object.values(records).flat();
}

/**
 * A record's headers as `[name, value]` pairs in order, values read as UTF-8
 * (Kafka allows repeated names, so this is a list, not a map).
 */
export function decodeKafkaRecordHeaders(headers: KafkaRecord['headers']): Array<[name: string, value: string]> {
  const pairs: Array<[string, string]> = [];
  for (const header of headers) {
    for (const [name, bytes] of Object.entries(header)) pairs.push([name, bytesToText(bytes)]);
  }
  return pairs;
}
