import type { Concurrency } from './internal/job.js';
import { runLanes } from './internal/run-lanes.js';

/**
 * Runs up to `limit` records of a batch at once, each lane in order: a
 * FIFO message group, a stream partition key, a Kafka partition (records
 * of a standard queue are each their own lane). 1 or less runs the batch in
 * order. Pass it as `concurrency`; a handler without it carries no lane code.
 *
 * @example
 * sqsBatch(async (order) => save(order), { continueOtherGroups: true, concurrency: lanes(4) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 */
export function lanes(limit: number): Concurrency {
  return { limit, run: runLanes };
}
