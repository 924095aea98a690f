import { runtimeSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { IotEventsEvent } from './schema.js';

/**
 * AWS IoT Events detector models whose events run a `lambda` action, invoked asynchronously.
 *
 * @example
 * router().on(iotEvents, async (event) => openTicket(event.payload.detector.keyValue, event.payload.state.stateName))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iotevents.html
 */
export const iotEvents = runtimeSource<IotEventsEvent>()({
  id: 'iot-events',
  invocation: 'async',
  // The default action payload has `eventName` and a `payload.detector` object naming the
  // detector model; no other Lambda caller sends `payload.detector` (AWS's example on
  // services-iotevents.html; the corpus has no IoT Events event).
  detect: (event) =>
    isObject(event) &&
    typeof event.eventName === 'string' &&
    isObject(event.payload) &&
    isObject(event.payload.detector),
});
