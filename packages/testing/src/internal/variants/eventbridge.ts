import { type EventbridgeEvent, eventbridgeDetailTypes } from '@switchboard/sources';
import type { VariantMakers } from '../../event-factory.js';

// `detail` of a few well-known events; others get an empty object, which their schema allows.
const details: Readonly<Record<string, Record<string, unknown>>> = {
  'Scheduled Event': {},
  'EC2 Instance State-change Notification': { 'instance-id': 'i-0a1b2c3d4e5f67890', state: 'running' },
};

/** An EventBridge event with this `source` and `detail-type`. */
export function eventbridgeEvent(sample: EventbridgeEvent, source: string, detailType: string): EventbridgeEvent {
  return { ...sample, source, 'detail-type': detailType, detail: details[detailType] ?? {} };
}

/** Every well-known AWS event: its `source` and `detail-type` from the source's own table. */
export const eventbridgeVariants: VariantMakers<EventbridgeEvent> = Object.fromEntries(
  Object.entries(eventbridgeDetailTypes).flatMap(([source, byDetailType]) =>
    Object.entries(byDetailType).map(([detailType, variant]) => [
      variant,
      (sample: EventbridgeEvent) => eventbridgeEvent(sample, source, detailType),
    ]),
  ),
);

/** An application event: any other variant name is a custom `detail-type`. */
export const eventbridgeOpenVariant = (sample: EventbridgeEvent, detailType: string): EventbridgeEvent =>
  eventbridgeEvent(sample, 'com.example.orders', detailType);
