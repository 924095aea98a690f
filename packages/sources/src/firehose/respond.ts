import { SwitchboardError } from '@switchboard/core';
import type {
  FirehoseEvent,
  FirehoseMetadata,
  FirehoseRecord,
  FirehoseRecordResult,
  FirehoseResponse,
  FirehoseResponseRecord,
  FirehoseResult,
} from './schema.js';

/** Data a transformed record carries: text (UTF-8), bytes, or any other JSON value (serialised). */
export type FirehoseData = string | Uint8Array | null | boolean | number | readonly unknown[] | object;

/**
 * Builds one record of the answer, base64-encoding `data`: a string as
 * UTF-8 text, bytes as they are, anything else as JSON.
 *
 * @example
 * toFirehoseRecord(record.recordId, 'Ok', { ...firehoseRecordJson(record), seen: true })
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html
 */
export function toFirehoseRecord(
  recordId: string,
  result: FirehoseRecordResult,
  data: FirehoseData,
  metadata?: FirehoseMetadata,
): FirehoseResponseRecord {
  const answer: FirehoseResponseRecord = { recordId, result, data: toBase64(data) };
  if (metadata !== undefined) answer.metadata = metadata;
  return answer;
}

/**
 * Builds the answer from one outcome per input record, in the event's order.
 * Firehose fails the whole batch when a record is missing or unknown, so this
 * throws instead; records without `data` keep their input data.
 *
 * @example
 * return toFirehoseResponse(event, event.records.map((r) => toFirehoseRecord(r.recordId, 'Ok', firehoseRecordText(r).toUpperCase())))
 * @throws SwitchboardError `FIREHOSE_RECORDS_MISMATCH` when an input record has no outcome, two, or an outcome names no input record.
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html
 */
export function toFirehoseResponse(event: FirehoseEvent, outcomes: FirehoseResult['records']): FirehoseResponse {
  const byId = new Map<string, FirehoseResult['records'][number]>();
  for (const outcome of outcomes) {
    if (byId.has(outcome.recordId)) throw mismatch(`record ${outcome.recordId} has two outcomes`);
    byId.set(outcome.recordId, outcome);
  }
  const records = event.records.map((input): FirehoseResponseRecord => {
    const outcome = byId.get(input.recordId);
    if (outcome === undefined) throw mismatch(`record ${input.recordId} has no outcome`);
    byId.delete(input.recordId);
    const { data, metadata, ...rest } = outcome;
    return { ...rest, data: data ?? input.data, ...(metadata === undefined ? {} : { metadata }) };
  });
  const [unknown] = byId.keys();
  if (unknown !== undefined) throw mismatch(`record ${unknown} is not in the batch`);
  return { records };
}

/**
 * A record's data as UTF-8 text.
 *
 * @example
 * const line = firehoseRecordText(record).trimEnd()
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export function firehoseRecordText(record: Pick<FirehoseRecord, 'data'>): string {
  return Buffer.from(record.data, 'base64').toString('utf8');
}

/**
 * A record's data parsed as JSON.
 *
 * @example
 * const { deviceId } = firehoseRecordJson<{ deviceId: string }>(record)
 * @throws SyntaxError when the data is not JSON.
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export function firehoseRecordJson<T = unknown>(record: Pick<FirehoseRecord, 'data'>): T {
  return JSON.parse(firehoseRecordText(record)) as T;
}

function toBase64(data: FirehoseData): string {
  if (typeof data === 'string') return Buffer.from(data, 'utf8').toString('base64');
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  return Buffer.from(JSON.stringify(data), 'utf8').toString('base64');
}

function mismatch(what: string): SwitchboardError {
  return new SwitchboardError(
    'FIREHOSE_RECORDS_MISMATCH',
    `The Firehose answer must list every input record once: ${what}`,
  );
}

/** The answer must list every record; a handler that returned nothing has not transformed anything. */
export function toFirehoseAnswer(result: FirehoseResult | undefined, event: FirehoseEvent): FirehoseResponse {
  if (result === undefined) throw mismatch('the handler returned no records');
  return toFirehoseResponse(event, result.records);
}
