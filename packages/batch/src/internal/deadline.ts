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
