import { router } from '@switchboard/core';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { s3 } from '@switchboard/sources/s3';

/** What the handlers below did, for the caller (and the guide's tests) to read. */
export const activity: string[] = [];

/**
 * Sources and variants: a variant's handler is tried before its source's,
 * and an event no mounted source claims goes to the fallback.
 */
export const app = router()
  // Every EventBridge event whose variant has no handler of its own.
  .on(eventbridge, async (event) => {
    activity.push(`event ${event['detail-type']} from ${event.source}`);
  })
  // A schedule rule (`aws.events` / `Scheduled Event`): tried first.
  .on(eventbridge.variant('scheduled'), async () => {
    activity.push('nightly report');
  })
  // Your own events are variants too, named by their detail-type.
  .on(eventbridge.variant('Order Placed'), async (event) => {
    activity.push(`ship ${String(event.detail.orderId)}`);
  })
  .on(s3.variant('ObjectRemoved'), async (event) => {
    activity.push(`removed ${event.Records.length}`);
  })
  // Without a fallback, such an event fails with UnknownEventError.
  .fallback(async (event) => {
    activity.push(`ignored ${typeof event}`);
  });

export const handler = app.handler;
