import type { Context } from 'aws-lambda';

/**
 * The time (epoch ms) after which no record starts and the batch is answered
 * (`untilDeadline`): the Lambda timeout less `marginMs` (default 1,000 ms),
 * read once per invocation. A context without `getRemainingTimeInMillis`
 * (a bare test context) has no deadline.
 */
export function deadlineOf(context: Context, marginMs = 1_000): number {
  const remaining = context?.getRemainingTimeInMillis?.();
  return Number.isFinite(remaining) ? Date.now() + remaining - marginMs : Number.POSITIVE_INFINITY;
}

/**
 * Settles with `running`, or at `deadlineAt` if that comes first (the
 * records still running are then left behind). One timer, armed only when
 * there is a deadline and records are still running, cleared when they finish.
 */
export function untilDeadline(running: Promise<unknown>, deadlineAt: number): Promise<unknown> {
  if (deadlineAt === Number.POSITIVE_INFINITY) return running;
  return new Promise((resolve, reject) => {
    // A deadline already past needs no clamp: Node runs a delay below 1 ms after 1 ms.
    const timer = setTimeout(resolve, deadlineAt - Date.now());
    running.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
