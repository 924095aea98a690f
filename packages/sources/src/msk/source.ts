import { runtimeSource } from '@switchboard/core';
import { decodeBase64Payload } from '../internal/base64-payload.js';
import { isObject } from '../internal/guards.js';
import {
  decodeKafkaRecordHeaders,
  type KafkaRecordCoordinates,
  listKafkaRecords,
  toKafkaBatchItemFailures,
} from '../internal/kafka-records.js';
import type { MskEvent, MskRecord, MskResult } from './schema.js';

/**
 * Builds the partial batch response that retries `failedRecords` (with
 * `ReportBatchItemFailures` on a provisioned-mode mapping): each names its
 * `<topic>-<partition>` and offset, and Lambda resumes that partition there.
 *
 * @example
 * return toMskBatchResponse(listMskRecords(event).filter((record) => !saved.has(record.offset)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function toMskBatchResponse(failedRecords: Iterable<KafkaRecordCoordinates>): NonNullable<MskResult> {
  return toKafkaBatchItemFailures(failedRecords);
}

/**
 * Every record of the batch in one list, partition after partition.
 *
 * @example
 * for (const record of listMskRecords(event)) await save(decodeMskPayload(record.value, 'json'))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export function listMskRecords(event: Pick<MskEvent, 'records'>): MskRecord[] {
  return listKafkaRecords(event.records);
}

/**
 * Decodes a record's base64 `key` or `value` to `'bytes'`, UTF-8 `'text'` or
 * parsed `'json'`; an absent key or value stays `undefined`.
 *
 * @example
 * const order = decodeMskPayload(record.value, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const decodeMskPayload = decodeBase64Payload;

/**
 * A record's headers as `[name, value]` pairs, values read as UTF-8 from the byte arrays Lambda sends.
 *
 * @example
 * const traceparent = new Map(decodeMskHeaders(record.headers)).get('traceparent')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const decodeMskHeaders = decodeKafkaRecordHeaders;

/**
 * Amazon MSK, through an event source mapping.
 *
 * @example
 * router().on(msk, async (event) => { for (const record of listMskRecords(event)) await save(record) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const msk = runtimeSource<MskEvent, MskResult>()({
  id: 'msk',
  invocation: 'poll',
  // MSK events say `eventSource: "aws:kafka"` at the top level (no `Records` array);
  // self-managed Kafka says "SelfManagedKafka", Amazon MQ "aws:mq"/"aws:rmq", DocumentDB "aws:docdb".
  // Corpus: example-kafka-event.json (an MSK event despite its name).
  detect: (event) => isObject(event) && event.eventSource === 'aws:kafka',
});
