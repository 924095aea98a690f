import type { Context } from 'aws-lambda';

/**
 * The time (epoch ms) after which no record should start: the Lambda timeout
 * less `marginMs` (default 1,000 ms), read once per invocation. A context without
 * `getRemainingTimeInMillis` (a bare test context) has no deadline.
 * Same idea as the sources' `beforeDeadline`, without the timer: a batch only
 * needs to stop starting records, and a record still running at the timeout
 * fails the invocation, which retries the whole batch (nothing is acknowledged).
 */
export function deadlineOf(context: Context, marginMs = 1_000): number {
  const remaining =
    typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : Number.NaN;
  return Number.isFinite(remaining) ? Date.now() + remaining - marginMs : Number.POSITIVE_INFINITY;
}
