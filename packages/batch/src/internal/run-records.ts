import { fail, isThenable, type Job, type Outcome, SUCCEEDED, startRecord } from './job.js';
import { Invalid } from './validate.js';

/**
 * Runs a batch's records and returns their statuses: synchronously while
 * every handler answers synchronously, as a promise from the first handler
 * that returns one. In order by default; `concurrency` (`lanes(n)`, n above
 * 1) hands over to its runner, which keeps each lane in order.
 */
export function runRecords<Raw>(
  job: Job<Raw>,
  outcome: Outcome = emptyOutcome(job.records.length),
): Outcome | Promise<Outcome> {
  const { concurrency } = job;
  if (concurrency !== undefined && concurrency.limit > 1 && job.records.length > 1) {
    return concurrency.run(job, outcome, concurrency.limit);
  }
  return runInOrder(job, outcome);
}

/** Every record not run yet. */
export function emptyOutcome(total: number): Outcome {
  return { statuses: new Array<number>(total).fill(0), firstError: undefined, failedCount: 0 };
}

/**
 * The sequential path, without `async`: a loop that returns at once when
 * handlers are synchronous and continues from a `.then` when one is not.
 * The two continuations are made once per invocation, never per record.
 */
function runInOrder<Raw>(job: Job<Raw>, outcome: Outcome): Outcome | Promise<Outcome> {
  const { statuses } = outcome;
  const total = job.records.length;
  let stoppedLanes: Set<unknown> | undefined;
  let index = 0;
  // Records until the next clock read (a read costs as much as a small record): the clock is read
  // before the first record, after every asynchronous one, and every 8th in a synchronous run.
  let untilClock = 0;

  // Marks record `index` failed; says whether to stop the whole batch.
  function failed(error: unknown): boolean {
    fail(job as Job<unknown>, outcome, index, error);
    if (job.stop === 'all') return true;
    if (job.stop === 'lane' && job.laneOf !== undefined) {
      stoppedLanes ??= new Set();
      stoppedLanes.add(job.laneOf(index));
    }
    return false;
  }

  function resume(): Outcome | Promise<Outcome> {
    for (; index < total; index++) {
      if (stoppedLanes !== undefined && job.laneOf !== undefined && stoppedLanes.has(job.laneOf(index))) continue;
      if (untilClock-- === 0) {
        untilClock = 7;
        if (Date.now() >= job.deadlineAt) return outcome; // the rest stays NOT_RUN, hence reported
      }
      let pending: unknown;
      try {
        pending = startRecord(job, index);
      } catch (error) {
        if (failed(error)) return outcome;
        continue;
      }
      if (pending instanceof Invalid) {
        if (failed(pending)) return outcome;
        continue;
      }
      if (isThenable(pending)) return Promise.resolve(pending).then(succeeded, rejected);
      statuses[index] = SUCCEEDED;
    }
    return outcome;
  }

  function succeeded(): Outcome | Promise<Outcome> {
    statuses[index++] = SUCCEEDED;
    untilClock = 0;
    return resume();
  }

  function rejected(error: unknown): Outcome | Promise<Outcome> {
    if (failed(error)) return outcome;
    index++;
    untilClock = 0;
    return resume();
  }

  return resume();
}
