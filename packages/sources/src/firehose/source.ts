import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { toFirehoseAnswer } from './respond.js';
import type { FirehoseEvent, FirehoseResult } from './schema.js';

/**
 * Amazon Data Firehose data transformation: the stream buffers records and
 * invokes the function to transform them before delivery.
 *
 * @example
 * router().on(firehose, async (event) =>
 *   toFirehoseResponse(event, event.records.map((r) => toFirehoseRecord(r.recordId, 'Ok', firehoseRecordText(r).trim()))))
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export const firehose = runtimeSource<FirehoseEvent, FirehoseResult>()({
  id: 'firehose',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // A top-level `invocationId` with lower-case `records` whose items carry a
  // `recordId` and an `approximateArrivalTimestamp`. Not `deliveryStreamArn`:
  // SAM's templates omit or misspell it (corpus: KinesisFirehoseSyslog.json,
  // KinesisFirehoseStreamsAsSource.json). Kinesis Data Analytics preprocessing
  // events share `invocationId`/`records`/`recordId` but keep the timestamp in
  // their record metadata (corpus: KinesisAnalytics.json); S3 Batch has `tasks`.
  detect: (event) => {
    if (!isObject(event) || typeof event.invocationId !== 'string' || !Array.isArray(event.records)) return false;
    const first: unknown = event.records[0];
    return isObject(first) && typeof first.recordId === 'string' && first.approximateArrivalTimestamp !== undefined;
  },
  toResult: toFirehoseAnswer,
});
