import { deadlineOf } from '@switchboard/core';
import type { Context } from 'aws-lambda';

/** What `beforeDeadline` resolves to when the handler is still running at the deadline. */
export const deadlinePassed: unique symbol = Symbol('deadline passed');

/**
 * Races `pending` against the Lambda timeout less `marginMs`, so a source
 * can still answer its caller before Lambda stops the function. Without a
 * `getRemainingTimeInMillis` (a test's bare context) there is no deadline.
 * The timer is cleared as soon as either side settles; a handler that
 * settles after the deadline is ignored (the race has already handled its
 * rejection, so it is never unhandled).
 */
export function beforeDeadline<T>(
  pending: Promise<T>,
  context: Context,
  marginMs: number,
): Promise<T | typeof deadlinePassed> {
  const at = deadlineOf(context, marginMs);
  if (at === Number.POSITIVE_INFINITY) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof deadlinePassed>((resolve) => {
    // A deadline already past needs no clamp: Node runs a delay below 1 ms after 1 ms.
    timer = setTimeout(() => resolve(deadlinePassed), at - Date.now());
  });
  return Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
}
