/**
 * Marks a handler that answers for itself: it holds its answers to their
 * caller's limit and logs its own failures (an HTTP app answers 500 or 504
 * and writes the line), so the router adds nothing on its path. A module of
 * its own, so that the router reaches no size-check code through it.
 *
 * @example
 * router().on(apigwHttp, Object.assign(handler, { [answersForItself]: true }))
 */
export const answersForItself: unique symbol = Symbol.for('switchboard.answersForItself');
