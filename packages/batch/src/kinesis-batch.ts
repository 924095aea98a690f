import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import type { KinesisEvent, KinesisRecord, KinesisResult } from '@switchboard/sources/kinesis';
import type { Context } from 'aws-lambda';
import { answerWith } from './internal/answer.js';
import { decodeBase64 } from './internal/base64.js';
import { toCheckpoint } from './internal/checkpoint.js';
import type { Job } from './internal/job.js';
import { isObject, recordsOf } from './internal/records-of.js';
import type { BaseBatchOptions, ConcurrencyOption, Decoded, PayloadFormat, PayloadOf, RecordHandler } from './types.js';

/** Options of the stream handlers (`kinesisBatch`, `dynamodbBatch`). */
export interface StreamBatchOptions<Schema extends StandardSchemaV1 | undefined>
  extends BaseBatchOptions<Schema>,
    ConcurrencyOption {
  /**
   * Default `false`: stop at the first failure (the records after it would be
   * retried anyway). `true`: run every record and report the lowest failed
   * sequence number.
   */
  readonly processAll?: boolean;
}

export interface KinesisBatchOptions<Format extends PayloadFormat, Schema extends StandardSchemaV1 | undefined>
  extends StreamBatchOptions<Schema> {
  /** How `kinesis.data` is decoded: `json` (default), `text` or `bytes`. */
  readonly data?: Format;
}

export type KinesisBatchHandler = (event: KinesisEvent, context: Context) => Promise<KinesisResult>;

const sequenceOf = (record: KinesisRecord) => record.kinesis.sequenceNumber;
const hasSequence = (record: KinesisRecord) => isObject(record.kinesis) && typeof sequenceOf(record) === 'string';

/**
 * Runs `handler` for each record of a Kinesis batch (one shard), in order,
 * `kinesis.data` decoded. Stops at the first failure and answers its
 * sequence number: Lambda checkpoints there and retries from it. With
 * `concurrency`, records of one partition key stay in order. The first
 * record failed, or a malformed batch: throws, so the batch is retried.
 *
 * @example
 * router().on(kinesis, kinesisBatch(async (reading) => store(reading), { schema: readingSchema }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export function kinesisBatch<
  Format extends PayloadFormat = 'json',
  Schema extends StandardSchemaV1 | undefined = undefined,
>(
  handler: RecordHandler<PayloadOf<Decoded<Format>, Schema>, KinesisRecord>,
  options: KinesisBatchOptions<Format, Schema> = {},
): KinesisBatchHandler {
  const format: PayloadFormat = options.data ?? 'json';
  const decode = (record: KinesisRecord) => decodeBase64(record.kinesis.data, format);
  const stop = options.processAll === true ? 'none' : 'all';
  const { concurrency } = options;
  const inLanes = concurrency !== undefined && concurrency.limit > 1;

  return function handleKinesisBatch(event, context) {
    try {
      const records = recordsOf<KinesisRecord>('kinesis', event?.Records, hasSequence, 'Records');
      const job: Job<KinesisRecord> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records,
        decode,
        schema: options.schema,
        handler,
        stop,
        laneOf: inLanes ? (index) => records[index]?.kinesis.partitionKey : undefined,
        concurrency,
      };
      return answerWith(job, (outcome) => toCheckpoint('kinesis', outcome, records, sequenceOf));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
