import { fail, isThenable, type Job, type Outcome, SUCCEEDED, startRecord } from './job.js';
import { Invalid } from './validate.js';

/**
 * Runs a batch's records into `outcome`: synchronously while every handler
 * answers synchronously, as a promise from the first handler that returns
 * one. In order by default; `concurrency` (`lanes(n)`, n above 1) hands over
 * to its runner, which keeps each lane in order.
 */
export function runRecords<Raw>(job: Job<Raw>, outcome: Outcome): Outcome | Promise<Outcome> {
  const { concurrency } = job;
  return concurrency !== undefined && concurrency.limit > 1 && job.records.length > 1
    ? concurrency.run(job, outcome, concurrency.limit)
    : runInOrder(job, outcome);
}

/**
 * The sequential path, without `async`: a loop that returns at once when
 * handlers are synchronous and continues from a `.then` when one is not.
 * The two continuations are made once per invocation, never per record.
 */
function runInOrder<Raw>(job: Job<Raw>, outcome: Outcome): Outcome | Promise<Outcome> {
  const { statuses } = outcome;
  const { laneOf } = job;
  let stoppedLanes: Set<unknown> | undefined;
  let index = 0;
  // Records until the next clock read (a read costs as much as a small record): the clock is read
  // before the first record, after every asynchronous one, and every 8th in a synchronous run.
  let untilClock = 0;

  // Marks record `index` failed; says whether the whole batch stops.
  function failed(error: unknown): boolean {
    fail(job as Job<unknown>, outcome, index, error);
    if (job.stop === 'lane') {
      stoppedLanes ??= new Set();
      stoppedLanes.add(laneOf?.(index));
    }
    return job.stop === 'all';
  }

  function resume(): Outcome | Promise<Outcome> {
    for (; index < statuses.length; index++) {
      if (stoppedLanes?.has(laneOf?.(index))) continue;
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
      // An invalid record comes back as data, not thrown: a throw costs more than validating it.
      if (pending instanceof Invalid) {
        if (failed(pending)) return outcome;
      } else if (isThenable(pending)) {
        return Promise.resolve(pending).then(succeeded, rejected);
      } else {
        statuses[index] = SUCCEEDED;
      }
    }
    return outcome;
  }

  function succeeded(): Outcome | Promise<Outcome> {
    statuses[index] = SUCCEEDED;
    return next();
  }

  function rejected(error: unknown): Outcome | Promise<Outcome> {
    return failed(error) ? outcome : next();
  }

  function next(): Outcome | Promise<Outcome> {
    index++;
    untilClock = 0;
    return resume();
  }

  return resume();
}
