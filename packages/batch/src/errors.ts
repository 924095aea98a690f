/**
 * The errors a batch handler throws. Each makes Lambda retry the whole batch,
 * which is the only safe answer when nothing (or nothing reportable) succeeded.
 * Properties are `declare`d and set in the constructor, as in core's errors.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { formatPath, SwitchboardError, type ValidationIssue } from '@switchboard/core';

/**
 * No record of the batch was acknowledged (every record failed, or a source
 * without a partial response had a failure): thrown so that Lambda retries
 * the whole batch. `cause` is the first record's error.
 *
 * @example
 * try { await handler(event, context) } catch (e) { if (e instanceof BatchFailedError) console.log(e.failed) }
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html
 */
export class BatchFailedError extends SwitchboardError {
  declare readonly source: string;
  /** How many records were not acknowledged (failed, or never run). */
  declare readonly failed: number;
  declare readonly total: number;

  constructor(source: string, failed: number, total: number, cause: unknown) {
    super('BATCH_FAILED', `${failed} of ${total} ${source} records failed; the whole batch is retried`, { cause });
    this.source = source;
    this.failed = failed;
    this.total = total;
  }
}

/**
 * The event is not a batch this handler can answer for (no record list, or a
 * record without the identifier a partial response needs).
 *
 * @example
 * await sqsBatch(handle)({ Records: 'nope' }, context) // rejects with MalformedBatchError
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export class MalformedBatchError extends SwitchboardError {
  declare readonly source: string;

  constructor(source: string, detail: string) {
    super('MALFORMED_BATCH', `Malformed ${source} batch: ${detail}`);
    this.source = source;
  }
}

/**
 * One record's payload failed the user's schema; only that record fails.
 * Paths point into the payload (`items[2].sku`); messages are the schema's.
 *
 * @example
 * sqsBatch(handle, { schema, onRecordError: (e) => e instanceof RecordValidationError && log(e.issues) })
 * @see https://standardschema.dev
 */
export class RecordValidationError extends SwitchboardError {
  declare readonly index: number;
  declare readonly issues: readonly ValidationIssue[];

  constructor(index: number, issues: readonly StandardSchemaV1.Issue[]) {
    const list = issues.map(toIssue);
    const first = list[0];
    super(
      'RECORD_INVALID',
      `Record ${index} is invalid at ${first ? `${first.path || '(root)'}: ${first.message}` : '?'}`,
    );
    this.index = index;
    this.issues = list;
  }
}

function toIssue(issue: StandardSchemaV1.Issue): ValidationIssue {
  return { path: formatPath(issue.path ?? []), message: issue.message };
}
