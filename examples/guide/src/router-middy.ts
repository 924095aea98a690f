import middy, { type MiddlewareObj } from '@middy/core';
import { router } from '@switchboard/core';
import { type EventbridgeEvent, eventbridge } from '@switchboard/sources/eventbridge';
import { sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';

/** Invocation counts, kept by the middleware below. */
export interface Counts {
  invocations: number;
  failures: number;
}

/** A middy middleware in middy's own shape: a factory returning named `before`/`onError` functions. */
export function countInvocations(counts: Counts): MiddlewareObj {
  return {
    before: function countInvocation() {
      counts.invocations += 1;
    },
    // Without setting `request.response`, the error goes on to Lambda (and its retries).
    onError: function countFailure() {
      counts.failures += 1;
    },
  };
}

export const counts: Counts = { invocations: 0, failures: 0 };

/** Nightly runs that failed; the next night's run catches up. */
export const skippedNights: string[] = [];

/**
 * A mounted handler may itself be a middy chain: its middlewares run for
 * this source only. Here a failed nightly run is recorded and answered,
 * instead of thrown, so that Lambda does not retry it (twice, by default).
 */
const nightly = middy(async (event: EventbridgeEvent) => {
  if (event.resources.length === 0) throw new Error('A schedule event names its rule');
}).use({
  onError: function skipFailedNight(request) {
    skippedNights.push(request.event.time);
    request.response = null; // anything but undefined tells middy the error is handled
  },
});

const app = router()
  .on(eventbridge.variant('scheduled'), nightly)
  .on(sqs, async (event) => toSqsBatchResponse(event.Records.filter((r) => r.body === '').map((r) => r.messageId)));

// The router's handler is a plain Lambda handler: wrap it, and every source goes through the middleware.
export const handler = middy(app.handler).use(countInvocations(counts));
