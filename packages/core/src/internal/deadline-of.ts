import type { Context } from 'aws-lambda';

/**
 * When an invocation must be answered (epoch ms): the Lambda timeout less
 * `marginMs` (default 1,000 ms), read from the context once. A context
 * without `getRemainingTimeInMillis` (a bare test context) has no deadline:
 * `Number.POSITIVE_INFINITY`, after every `Date.now()`. The one reading of
 * the Lambda clock that batches, HTTP apps and settling sources share.
 */
export function deadlineOf(context: Context, marginMs = 1_000): number {
  const remaining = context?.getRemainingTimeInMillis?.();
  return Number.isFinite(remaining) ? Date.now() + remaining - marginMs : Number.POSITIVE_INFINITY;
}
