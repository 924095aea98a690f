/**
 * The instant `Date.now()` and `new Date()` return while an example runs.
 * A handler that stamps its answer with the time (Alexa's `timeOfSample`)
 * would otherwise change its page on every run and fail `docs:check`.
 */
export const fixedNow = new Date('2024-05-14T09:30:00.000Z');

/**
 * Runs `run` with the clock stopped at `fixedNow`: `Date.now()`, `new Date()`
 * and `Date()` read it; every other use of `Date` is untouched, timers keep
 * real time. One run at a time: `globalThis.Date` is replaced for the duration.
 *
 * @example
 * const answer = await withFixedClock(() => handler(event, context))
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date
 */
export async function withFixedClock<T>(run: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const fixed = fixedNow.getTime();
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [fixed] : args, newTarget),
    apply: () => new RealDate(fixed).toString(),
    get: (target, key, receiver) => (key === 'now' ? () => fixed : Reflect.get(target, key, receiver)),
  });
  try {
    return await run();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** Whether a rendered answer shows the fixed clock, so the page can say where that time came from. */
export function showsFixedClock(text: string): boolean {
  return text.includes(fixedNow.toISOString().slice(0, 19)) || text.includes(String(fixedNow.getTime()));
}
