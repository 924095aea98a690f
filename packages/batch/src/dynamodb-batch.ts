import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import type { DynamodbEvent, DynamodbRecord, DynamodbResult } from '@switchboard/sources/dynamodb';
import type { Context } from 'aws-lambda';
import { answerWith } from './internal/answer.js';
import { toCheckpoint } from './internal/checkpoint.js';
import type { Job } from './internal/job.js';
import { isObject, recordsOf } from './internal/records-of.js';
import type { StreamBatchOptions } from './kinesis-batch.js';
import type { PayloadOf, RecordHandler } from './types.js';
import { type UnmarshalledItem, unmarshall } from './unmarshall.js';

/** A DynamoDB Streams change with its images unmarshalled to plain values. */
export interface DynamodbChange {
  readonly eventName: DynamodbRecord['eventName'];
  readonly keys: UnmarshalledItem;
  /** Present when the stream view type includes new images (absent on REMOVE). */
  readonly newImage: UnmarshalledItem | undefined;
  /** Present when the stream view type includes old images (absent on INSERT). */
  readonly oldImage: UnmarshalledItem | undefined;
}

export type DynamodbBatchHandler = (event: DynamodbEvent, context: Context) => Promise<DynamodbResult>;

const sequenceOf = (record: DynamodbRecord) => record.dynamodb.SequenceNumber;
const hasSequence = (record: DynamodbRecord) =>
  isObject(record.dynamodb) && typeof sequenceOf(record) === 'string' && isObject(record.dynamodb.Keys);

function toChange(record: DynamodbRecord): DynamodbChange {
  const { Keys, NewImage, OldImage } = record.dynamodb;
  return {
    eventName: record.eventName,
    keys: unmarshall(Keys),
    newImage: NewImage === undefined ? undefined : unmarshall(NewImage),
    oldImage: OldImage === undefined ? undefined : unmarshall(OldImage),
  };
}

/**
 * One item's changes share its key: serialised, it names the lane. Keys too
 * deeply nested to serialise (never from DynamoDB, which nests 32 levels; found
 * by the fuzz tests) get a lane of their own instead of a RangeError failing the batch.
 */
function laneOf(record: DynamodbRecord | undefined, index: number): unknown {
  try {
    return JSON.stringify(record?.dynamodb.Keys);
  } catch {
    return index;
  }
}

/**
 * Runs `handler` for each change of a DynamoDB Streams batch (one shard), in
 * order, keys and images unmarshalled (a `schema` checks the whole change).
 * Stops at the first failure and answers its sequence number: Lambda
 * checkpoints there and retries from it. With `concurrency`, changes to one
 * item stay in order. The first change failed, or a malformed batch: throws.
 *
 * @example
 * router().on(dynamodb, dynamodbBatch(async (change) => { if (change.newImage) await index(change.newImage) }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export function dynamodbBatch<Schema extends StandardSchemaV1 | undefined = undefined>(
  handler: RecordHandler<PayloadOf<DynamodbChange, Schema>, DynamodbRecord>,
  options: StreamBatchOptions<Schema> = {},
): DynamodbBatchHandler {
  const stop = options.processAll === true ? 'none' : 'all';
  const { concurrency } = options;
  const inLanes = concurrency !== undefined && concurrency.limit > 1;

  return function handleDynamodbBatch(event, context) {
    try {
      const records = recordsOf<DynamodbRecord>('dynamodb', event?.Records, hasSequence, 'Records');
      const job: Job<DynamodbRecord> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records,
        decode: toChange,
        schema: options.schema,
        handler,
        stop,
        laneOf: inLanes ? (index) => laneOf(records[index], index) : undefined,
        concurrency,
      };
      return answerWith(job, (outcome) => toCheckpoint('dynamodb', outcome, records, sequenceOf));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
