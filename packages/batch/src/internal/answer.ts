import { BatchFailedError } from '../errors.js';
import { untilDeadline } from './deadline.js';
import { type Job, type Outcome, SUCCEEDED } from './job.js';
import { runRecords } from './run-records.js';
import { toRecordError } from './validate.js';

/**
 * Runs `job` and turns its outcome into the caller's answer with `toAnswer`,
 * as a promise (a Lambda handler's shape), adding no tick when the records
 * ran synchronously. `toAnswer` may throw (a whole-batch failure): then, on
 * the synchronous path, so does this, and the handler's own `catch` rejects.
 * A record still running at the deadline does not hold the answer back: it
 * is answered then, that record and every one not yet run counted as not
 * acknowledged, instead of Lambda timing out and retrying the whole batch.
 */
export function answerWith<Raw, Answer>(
  job: Job<Raw>,
  toAnswer: (outcome: Outcome, records: readonly Raw[]) => Answer,
): Promise<Answer> {
  // Zero-filled: every record starts NOT_RUN.
  const outcome: Outcome = { statuses: new Uint8Array(job.records.length), firstError: undefined, failedCount: 0 };
  const ran = runRecords(job, outcome);
  // At the deadline `outcome` is read as it stands; what records do later changes nothing already answered.
  if (ran instanceof Promise) return untilDeadline(ran, job.deadlineAt).then(() => toAnswer(outcome, job.records));
  return Promise.resolve(toAnswer(outcome, job.records));
}

/** How many records were not acknowledged: failed, or never run. */
export function unacknowledged(outcome: Outcome): number {
  let count = 0;
  for (const status of outcome.statuses) if (status !== SUCCEEDED) count++;
  return count;
}

/**
 * Throws when the answer would acknowledge no record (`reported`, the
 * records it names as failed or retried, is every record), so the whole
 * batch is retried: a thrown error, never a list of every record, is what
 * counts towards retry attempts and bisects a stream batch.
 */
export function assertSomeAcknowledged(source: string, outcome: Outcome, reported: number): void {
  const total = outcome.statuses.length;
  if (total > 0 && reported >= total)
    throw new BatchFailedError(source, total, total, toRecordError(outcome.firstError));
}

/** Throws when any record was not acknowledged: for sources without a partial response. */
export function assertAllAcknowledged(source: string, outcome: Outcome): void {
  const failed = unacknowledged(outcome);
  if (failed > 0)
    throw new BatchFailedError(source, failed, outcome.statuses.length, toRecordError(outcome.firstError));
}
