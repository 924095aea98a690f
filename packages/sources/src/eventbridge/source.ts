import { runtimeSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { type EventbridgeKnownVariant, type EventbridgeVariant, eventbridgeDetailTypes } from './detail-types.js';
import type { EventbridgeEvent } from './schema.js';

// Built once at module load; variantOf only looks up.
const variantsBySource: ReadonlyMap<string, ReadonlyMap<string, EventbridgeKnownVariant>> = new Map(
  Object.entries(eventbridgeDetailTypes).map(([source, byDetailType]) => [
    source,
    new Map<string, EventbridgeKnownVariant>(Object.entries(byDetailType)),
  ]),
);
const knownVariants: readonly EventbridgeVariant[] = [...variantsBySource.values()].flatMap((byDetailType) => [
  ...byDetailType.values(),
]);

/**
 * The variant name of an event: the slug of a well-known AWS event, else its
 * raw `detail-type`. A raw detail-type equal to a slug (an app sending
 * detail-type "scheduled") would share that slug's handler.
 *
 * @example
 * eventbridgeVariantOf('aws.events', 'Scheduled Event') // 'scheduled'
 * eventbridgeVariantOf('com.acme.orders', 'Order Placed') // 'Order Placed'
 */
export function eventbridgeVariantOf(source: string, detailType: string): EventbridgeVariant {
  return variantsBySource.get(source)?.get(detailType) ?? detailType;
}

/**
 * Amazon EventBridge (and CloudWatch Events): a rule invokes the function
 * asynchronously with one event. Mount a variant per detail-type.
 *
 * @example
 * router()
 *   .on(eventbridge.variant('scheduled'), async () => runNightlyJob())
 *   .on(eventbridge.variant('Order Placed'), async (event) => ship(event.detail))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge.html
 */
export const eventbridge = runtimeSource<EventbridgeEvent>()({
  id: 'eventbridge',
  invocation: 'async',
  // Every EventBridge event has a string `detail-type` and `source` and an object
  // `detail`; no other Lambda caller sends the key `detail-type`. `detail` is required
  // because CloudWatch alarm actions can send `detail-type` with `alarmData` and no
  // `detail` (corpus: example-cloudwatch-alarm-composite-with-suppressor-alarm.json).
  // `version` is not checked: routing needs no more, and some samples omit it
  // (corpus: example-eventbridge-event-obj.json; the schema still requires it, as AWS always sends it).
  detect: (event) =>
    isObject(event) &&
    typeof event['detail-type'] === 'string' &&
    typeof event.source === 'string' &&
    isObject(event.detail),
  variants: knownVariants,
  openVariants: true,
  variantOf: (event) => eventbridgeVariantOf(event.source, event['detail-type']),
});
