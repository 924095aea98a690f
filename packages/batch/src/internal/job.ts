import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Context } from 'aws-lambda';
import type { RecordHandler } from '../types.js';
import { Invalid, toRecordError, validate } from './validate.js';

/**
 * What to skip after a failure: nothing, the rest of the record's lane (a
 * FIFO message group, a Kafka partition: needs `laneOf`), or every record not yet started.
 */
export type StopRule = 'none' | 'lane' | 'all';

/** Record statuses: not run (never acknowledged; 0, what a new status array holds), succeeded, failed. */
export const NOT_RUN = 0;
export const SUCCEEDED = 1;
export const FAILED = 2;

/** One invocation's work, built per call from parts built once per handler. */
export interface Job<Raw> {
  readonly records: readonly Raw[];
  /** Decodes a record's payload; a throw fails the record. */
  readonly decode: (record: Raw) => unknown;
  readonly schema: StandardSchemaV1 | undefined;
  /** Runs with the validated payload; a source that adds what is not validated (a Kafka key) wraps the user's handler. */
  readonly handler: RecordHandler<any, Raw>;
  readonly context: Context;
  readonly stop: StopRule;
  /** The order lane of a record (records of a lane run in order); undefined means no order between records. */
  readonly laneOf: ((index: number) => unknown) | undefined;
  /** Parallel lanes (`lanes(n)`); in order when absent. */
  readonly concurrency: Concurrency | undefined;
  /** Epoch ms after which no record starts. */
  readonly deadlineAt: number;
  readonly onRecordError: ((error: unknown, index: number) => void) | undefined;
}

/**
 * How many records of a batch run at once, and the code that runs them:
 * made by `lanes(n)`, so that a handler without it carries no lane code.
 */
export interface Concurrency {
  /** How many records run at once; 1 or less runs them in order. */
  readonly limit: number;
  readonly run: <Raw>(job: Job<Raw>, outcome: Outcome, limit: number) => Promise<Outcome>;
}

/** Statuses by index, and the first failure (the cause of a whole-batch error; read it with `toRecordError`). */
export interface Outcome {
  readonly statuses: Uint8Array;
  firstError: unknown;
  failedCount: number;
}

/**
 * Starts record `index`: decode, validate, handle. Returns the handler's
 * promise when it has one, an `Invalid` when validation failed, anything
 * else means success; a synchronous throw is the record's failure. No
 * closure is made unless validation is async.
 */
export function startRecord<Raw>(job: Job<Raw>, index: number): unknown {
  const record = job.records[index] as Raw;
  const decoded = job.decode(record);
  const info = { record, index, context: job.context };
  if (job.schema === undefined) return job.handler(decoded, info);
  const checked = validate(job.schema, decoded, index);
  if (checked instanceof Invalid) return checked;
  if (checked instanceof Promise) return checked.then((value) => job.handler(value, info));
  return job.handler(checked, info);
}

/** Records a failure: status, first error, and the user's hook (whose own throw is ignored). */
export function fail(job: Job<unknown>, outcome: Outcome, index: number, error: unknown): void {
  outcome.statuses[index] = FAILED;
  if (outcome.failedCount++ === 0) outcome.firstError = error;
  if (job.onRecordError !== undefined) {
    try {
      job.onRecordError(toRecordError(error), index);
    } catch {
      // A logging hook must not change which records are acknowledged.
    }
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
