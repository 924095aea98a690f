/**
 * What Amazon MSK and self-managed Apache Kafka event source mappings share:
 * the record map (`records` keyed by `<topic>-<partition>`), the partial batch
 * response, and header decoding. `msk` and `kafka` re-export these under
 * their own names; the schemas are in `kafka-records-schema.ts`.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
import { bytesToText } from './base64-payload.js';
import type { KafkaBatchItemFailures, KafkaRecord, KafkaRecordMap } from './kafka-records-schema.js';

export type {
  KafkaBatchItemFailures,
  KafkaBatchResult,
  KafkaRecord,
  KafkaRecordMap,
} from './kafka-records-schema.js';

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
