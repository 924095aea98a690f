import { assertSomeAcknowledged } from './answer.js';
import { type Outcome, SUCCEEDED } from './job.js';

/** The partial batch response of Kinesis and DynamoDB Streams: one sequence number, or none. */
export interface CheckpointResult {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * The stream answer: the lowest sequence number among records not
 * acknowledged (failed or never run). Lambda checkpoints before it and
 * retries it and everything after, so nothing after a failure is acknowledged.
 * No record acknowledged: throws, so the batch is retried (and bisected).
 */
export function toCheckpoint<Raw>(
  source: string,
  outcome: Outcome,
  records: readonly Raw[],
  sequenceOf: (record: Raw) => string,
): CheckpointResult {
  let lowest: string | undefined;
  const { statuses } = outcome;
  for (let index = 0; index < statuses.length; index++) {
    if (statuses[index] === SUCCEEDED) continue;
    const sequence = sequenceOf(records[index] as Raw);
    if (lowest === undefined || isLower(sequence, lowest)) lowest = sequence;
  }
  if (lowest === undefined) return { batchItemFailures: [] };
  // Lambda retries the checkpoint and everything after it: count what that leaves acknowledged.
  let retried = 0;
  for (const record of records) if (!isLower(sequenceOf(record), lowest)) retried++;
  assertSomeAcknowledged(source, outcome, retried);
  return { batchItemFailures: [{ itemIdentifier: lowest }] };
}

/** Sequence numbers are decimal strings longer than a double holds: compare by length, then digits. */
export function isLower(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}
