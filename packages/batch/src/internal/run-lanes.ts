import { fail, isThenable, type Job, type Outcome, SUCCEEDED, startRecord } from './job.js';
import { Invalid } from './validate.js';

/**
 * The parallel path: records are split into lanes (a FIFO message group, a
 * stream partition key, a Kafka partition; each record its own lane when
 * nothing orders them), and up to `concurrency` lanes run at once, each in
 * order. A failure stops its lane (`stop: 'lane'`), or (`stop: 'all'`) stops
 * every lane from starting a record that comes after it in the batch, so
 * records before the first failure still run, as they would in order.
 */
export async function runLanes<Raw>(job: Job<Raw>, outcome: Outcome, limit: number): Promise<Outcome> {
  const lanes = toLanes(job);
  let next = 0;
  // With `stop: 'all'`: the index of the first failure so far; later records do not start.
  let stopAt = Number.POSITIVE_INFINITY;

  async function runLane(lane: readonly number[]): Promise<void> {
    for (const index of lane) {
      if (index > stopAt || Date.now() >= job.deadlineAt) return;
      try {
        const pending = startRecord(job, index);
        if (pending instanceof Invalid) throw pending;
        if (isThenable(pending)) await pending;
        outcome.statuses[index] = SUCCEEDED;
      } catch (error) {
        fail(job as Job<unknown>, outcome, index, error);
        if (job.stop === 'all') stopAt = Math.min(stopAt, index);
        if (job.stop !== 'none') return;
      }
    }
  }

  async function worker(): Promise<void> {
    while (next < lanes.length) await runLane(lanes[next++] as number[]);
  }

  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, lanes.length); i++) workers.push(worker());
  await Promise.all(workers);
  return outcome;
}

/** Lanes in order of their first record; each lane's indices ascending. */
function toLanes<Raw>(job: Job<Raw>): number[][] {
  const total = job.records.length;
  const { laneOf } = job;
  if (laneOf === undefined) return Array.from({ length: total }, (_, index) => [index]);
  const byKey = new Map<unknown, number[]>();
  for (let index = 0; index < total; index++) {
    const key = laneOf(index);
    const lane = byKey.get(key);
    if (lane === undefined) byKey.set(key, [index]);
    else lane.push(index);
  }
  return [...byKey.values()];
}
