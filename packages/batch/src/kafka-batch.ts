import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import { type KafkaEvent, type KafkaRecord, type KafkaResult, toKafkaBatchResponse } from '@switchboard/sources/kafka';
import { decodeMskPayload, type MskEvent, type MskResult } from '@switchboard/sources/msk';
import type { Context } from 'aws-lambda';
import { MalformedBatchError } from './errors.js';
import { answerWith, assertAllAcknowledged, assertSomeAcknowledged } from './internal/answer.js';
import { type Job, type Outcome, SUCCEEDED } from './internal/job.js';
import { isObject, recordsOf } from './internal/records-of.js';
import type { BaseBatchOptions, ConcurrencyOption, Decoded, PayloadFormat, PayloadOf, RecordHandler } from './types.js';

/** A Kafka record's key (UTF-8 text, absent when the producer sent none) and decoded value. */
export interface KafkaMessage<Value> {
  readonly key: string | undefined;
  readonly value: Value;
}

export interface KafkaBatchOptions<Format extends PayloadFormat, Schema extends StandardSchemaV1 | undefined>
  extends BaseBatchOptions<Schema>,
    ConcurrencyOption {
  /** How `value` is decoded: `json` (default), `text` or `bytes`. A `schema` checks the decoded value. */
  readonly value?: Format;
  /**
   * Answer with a partial batch response (needs `ReportBatchItemFailures` on a
   * provisioned-mode mapping). Default `false`: any failure throws and the
   * whole batch is retried, the only safe answer when Lambda ignores the response.
   */
  readonly partialResponse?: boolean;
}

type KafkaBatchHandler<Event> = (event: Event, context: Context) => Promise<KafkaResult>;
type Payload<Format extends PayloadFormat, Schema> = KafkaMessage<PayloadOf<Decoded<Format>, Schema>>;

const hasCoordinates = (record: KafkaRecord) =>
  typeof record.topic === 'string' && typeof record.partition === 'number' && typeof record.offset === 'number';

/**
 * Runs `handler` for each record of an Amazon MSK batch, each partition in
 * offset order (partitions in parallel with `concurrency`), key and value
 * decoded. With `partialResponse`, a failure stops its partition and the
 * answer names it and the partition's later records (`{ partition:
 * "<topic>-<partition>", offset }`), so Lambda resumes the partition there.
 * Without it, or when no record succeeded: throws, so the batch is retried.
 *
 * @example
 * router().on(msk, mskBatch(async ({ key, value }) => upsert(key, value), { partialResponse: true }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function mskBatch<
  Format extends PayloadFormat = 'json',
  Schema extends StandardSchemaV1 | undefined = undefined,
>(
  handler: RecordHandler<Payload<Format, Schema>, KafkaRecord>,
  options: KafkaBatchOptions<Format, Schema> = {},
): (event: MskEvent, context: Context) => Promise<MskResult> {
  return kafkaFamilyBatch<MskEvent>('msk', handler, options);
}

/**
 * `mskBatch` for self-managed Apache Kafka: the same decoding and the same answers.
 *
 * @example
 * router().on(kafka, kafkaBatch(async ({ value }) => record(value), { partialResponse: true }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function kafkaBatch<
  Format extends PayloadFormat = 'json',
  Schema extends StandardSchemaV1 | undefined = undefined,
>(
  handler: RecordHandler<Payload<Format, Schema>, KafkaRecord>,
  options: KafkaBatchOptions<Format, Schema> = {},
): KafkaBatchHandler<KafkaEvent> {
  return kafkaFamilyBatch<KafkaEvent>('kafka', handler, options);
}

function kafkaFamilyBatch<Event extends { records: Record<string, KafkaRecord[]> }>(
  source: string,
  handler: RecordHandler<any, KafkaRecord>,
  options: KafkaBatchOptions<PayloadFormat, StandardSchemaV1 | undefined>,
): KafkaBatchHandler<Event> {
  const format: PayloadFormat = options.value ?? 'json';
  const decode = (record: KafkaRecord) => decodeMskPayload(record.value, format as 'json');
  // The key is added after validation: a `schema` checks the value alone.
  const withKey: RecordHandler<unknown, KafkaRecord> = (value, info) =>
    handler({ key: decodeMskPayload(info.record.key, 'text'), value } satisfies KafkaMessage<unknown>, info);
  const partial = options.partialResponse === true;

  return function handleKafkaBatch(event, context) {
    try {
      const { records, lanes } = flatten(source, event?.records);
      const job: Job<KafkaRecord> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records,
        decode,
        schema: options.schema,
        handler: withKey,
        stop: partial ? 'lane' : 'all',
        laneOf: (index) => lanes[index],
        concurrency: options.concurrency,
      };
      return answerWith(job, (outcome) =>
        partial ? toPartial(source, outcome, records, lanes) : whole(source, outcome),
      );
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** Every record, partition after partition, with the index of its partition (its lane). */
function flatten(source: string, map: unknown): { records: KafkaRecord[]; lanes: number[] } {
  if (!isObject(map)) throw new MalformedBatchError(source, 'records is not an object');
  const records: KafkaRecord[] = [];
  const lanes: number[] = [];
  let lane = 0;
  for (const key in map) {
    for (const record of recordsOf<KafkaRecord>(source, map[key], hasCoordinates, `records["${key}"]`)) {
      records.push(record);
      lanes.push(lane);
    }
    lane++;
  }
  return { records, lanes };
}

function whole(source: string, outcome: Outcome): undefined {
  assertAllAcknowledged(source, outcome);
  return undefined;
}

/** Per partition: its first unacknowledged record and every later one of that partition. */
function toPartial(source: string, outcome: Outcome, records: readonly KafkaRecord[], lanes: readonly number[]) {
  const broken = new Set<number>();
  const failed = records.filter((_, index) => {
    const lane = lanes[index] as number;
    if (outcome.statuses[index] === SUCCEEDED && !broken.has(lane)) return false;
    broken.add(lane);
    return true;
  });
  assertSomeAcknowledged(source, outcome, failed.length);
  return toKafkaBatchResponse(failed);
}
