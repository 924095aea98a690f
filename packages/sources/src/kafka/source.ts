import { runtimeSource } from '@switchboard/core';
import { decodeBase64Payload } from '../internal/base64-payload.js';
import { isObject } from '../internal/guards.js';
import {
  decodeKafkaRecordHeaders,
  type KafkaRecordCoordinates,
  listKafkaRecords as listRecords,
  toKafkaBatchItemFailures,
} from '../internal/kafka-records.js';
import type { KafkaEvent, KafkaRecord, KafkaResult } from './schema.js';

/**
 * Builds the partial batch response that retries `failedRecords` (with
 * `ReportBatchItemFailures` on a provisioned-mode mapping): each names its
 * `<topic>-<partition>` and offset, and Lambda resumes that partition there.
 *
 * @example
 * return toKafkaBatchResponse(listKafkaRecords(event).filter((record) => !saved.has(record.offset)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function toKafkaBatchResponse(failedRecords: Iterable<KafkaRecordCoordinates>): NonNullable<KafkaResult> {
  return toKafkaBatchItemFailures(failedRecords);
}

/**
 * Every record of the batch in one list, partition after partition.
 *
 * @example
 * for (const record of listKafkaRecords(event)) await save(decodeKafkaPayload(record.value, 'json'))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export function listKafkaRecords(event: Pick<KafkaEvent, 'records'>): KafkaRecord[] {
  return listRecords(event.records);
}

/**
 * Decodes a record's base64 `key` or `value` to `'bytes'`, UTF-8 `'text'` or
 * parsed `'json'`; an absent key or value stays `undefined`.
 *
 * @example
 * const reading = decodeKafkaPayload(record.value, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const decodeKafkaPayload = decodeBase64Payload;

/**
 * A record's headers as `[name, value]` pairs, values read as UTF-8 from the byte arrays Lambda sends.
 *
 * @example
 * const source = new Map(decodeKafkaHeaders(record.headers)).get('source')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const decodeKafkaHeaders = decodeKafkaRecordHeaders;

/**
 * Self-managed Apache Kafka (any cluster Lambda reaches by its bootstrap
 * servers: your own, Confluent Cloud, Redpanda...), through an event source mapping.
 *
 * @example
 * router().on(kafka, async (event) => { for (const record of listKafkaRecords(event)) await save(record) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const kafka = runtimeSource<KafkaEvent, KafkaResult>()({
  id: 'kafka',
  invocation: 'poll',
  // Self-managed Kafka events say `eventSource: "SelfManagedKafka"` at the top level (AWS's
  // example on with-kafka.html, followed by @types/aws-lambda and Powertools); MSK says "aws:kafka".
  detect: (event) => isObject(event) && event.eventSource === 'SelfManagedKafka',
});
