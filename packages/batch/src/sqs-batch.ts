import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import { type SqsEvent, type SqsRecord, type SqsResult, sqs } from '@switchboard/sources/sqs';
import type { Context } from 'aws-lambda';
import { answerWith, assertSomeAcknowledged } from './internal/answer.js';
import { type Job, type Outcome, SUCCEEDED } from './internal/job.js';
import { recordsOf } from './internal/records-of.js';
import type { BaseBatchOptions, ConcurrencyOption, PayloadOf, RecordHandler } from './types.js';

export interface SqsBatchOptions<Decoded, Schema extends StandardSchemaV1 | undefined>
  extends BaseBatchOptions<Schema>,
    ConcurrencyOption {
  /**
   * Turns a body into the payload: `JSON.parse` by default; `asText` keeps
   * it; `fromSns`, `fromEventbridge`, `fromS3`, `fromSnsS3` unwrap envelopes.
   * A throw fails the record alone.
   */
  readonly parse?: (body: string) => Decoded;
  /**
   * FIFO queues only. By default the first failure fails every later record
   * of the batch; with this on, only the later records of the same message
   * group, and other groups go on.
   */
  readonly continueOtherGroups?: boolean;
}

/** The Lambda handler `sqsBatch` makes: mount it with `router().on(sqs, ...)`, or wrap it in `middy(...)`. */
export type SqsBatchHandler = (event: SqsEvent, context: Context) => Promise<SqsResult>;

const hasMessageId = (record: SqsRecord) => typeof record.messageId === 'string';
const groupOf = (record: SqsRecord) => record.attributes?.MessageGroupId;

/**
 * Runs `handler` for each message of an SQS batch and answers with the
 * partial batch response. Standard queues: exactly the messages whose
 * handler failed (or never ran) are listed. FIFO queues: from the first
 * failure on, every later message is listed too (per message group with
 * `continueOtherGroups`), so order holds. Every message failed, or a
 * malformed batch: throws, and the whole batch returns to the queue.
 * Needs `ReportBatchItemFailures` on the event source mapping.
 *
 * @example
 * router().on(sqs, sqsBatch(async (order, { record }) => save(order), { schema: orderSchema }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export function sqsBatch<Decoded = unknown, Schema extends StandardSchemaV1 | undefined = undefined>(
  handler: RecordHandler<PayloadOf<Decoded, Schema>, SqsRecord>,
  options: SqsBatchOptions<Decoded, Schema> = {},
): SqsBatchHandler {
  const parse: (body: string) => unknown = options.parse ?? JSON.parse;
  const decode = (record: SqsRecord) => parse(record.body);
  const perGroup = options.continueOtherGroups === true;
  const { concurrency } = options;

  return function handleSqsBatch(event, context) {
    try {
      const records = recordsOf<SqsRecord>('sqs', event?.Records, hasMessageId, 'Records');
      const fifo = records.length > 0 && sqs.variantOf?.(event) === 'fifo';
      const laneOf = fifo ? (index: number) => groupOf(records[index] as SqsRecord) : undefined;
      const job: Job<SqsRecord> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records,
        decode,
        schema: options.schema,
        handler,
        stop: fifo ? (perGroup ? 'lane' : 'all') : 'none',
        laneOf,
        concurrency,
      };
      return answerWith(job, fifo ? (perGroup ? answerFifoPerGroup : answerFifo) : answerStandard);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/**
 * The partial batch response: a message is listed when it was not
 * acknowledged, or when an earlier message of its lane was not. Standard
 * queues: each message is its own lane, so exactly the unacknowledged ones.
 * FIFO: one lane for the batch (from the first unacknowledged message on,
 * everything), or one per message group with `continueOtherGroups`.
 */
function answerFor(laneOf: (record: SqsRecord, index: number) => unknown) {
  return function answer(outcome: Outcome, records: readonly SqsRecord[]): SqsResult {
    // Made at the first failure: a batch that succeeds allocates no set and computes no lane.
    let broken: Set<unknown> | undefined;
    const batchItemFailures: SqsResult['batchItemFailures'] = [];
    const { statuses } = outcome;
    for (let index = 0; index < statuses.length; index++) {
      const record = records[index] as SqsRecord;
      if (statuses[index] === SUCCEEDED && (broken === undefined || !broken.has(laneOf(record, index)))) continue;
      broken ??= new Set();
      broken.add(laneOf(record, index));
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
    assertSomeAcknowledged('sqs', outcome, batchItemFailures.length);
    return { batchItemFailures };
  };
}

const answerStandard = /* @__PURE__ */ answerFor((_record, index) => index);
const answerFifo = /* @__PURE__ */ answerFor(() => undefined);
const answerFifoPerGroup = /* @__PURE__ */ answerFor(groupOf);
