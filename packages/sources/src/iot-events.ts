import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/**
 * The default payload of an AWS IoT Events `lambda` action: the event of the
 * detector model that fired, the detector instance, what triggered it, and
 * the detector's state. `keyValue` is there only for detector models with a
 * key; a `Timer` trigger names no input message.
 *
 * AWS's Lambda guide prints this example wrapped in an `event` key (in one
 * revision spelled `"event: "`); that wrapper is presentation, not payload:
 * the IoT Events default payload and handlers in public code read
 * `eventName` and `payload.detector` at the top level. An action with a
 * custom `payload.contentExpression` sends that content instead, which this
 * source does not claim (mount a user-defined source for it, like `iotRule`).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iotevents.html
 * @see https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html
 */
export const iotEventsEventSchema = z.object({
  eventName: z.string(),
  eventTime: z.number(),
  payload: z.object({
    actionExecutionId: z.string(),
    detector: z.object({
      detectorModelName: z.string(),
      detectorModelVersion: z.string(),
      keyValue: z.optional(z.string()),
    }),
    eventTriggerDetails: z.object({
      triggerType: z.string(),
      inputName: z.optional(z.string()),
      messageId: z.optional(z.string()),
      timerName: z.optional(z.string()),
    }),
    state: z.object({
      stateName: z.string(),
      variables: z.record(z.string(), z.unknown()),
      timers: z.record(z.string(), z.unknown()),
    }),
  }),
});

export type IotEventsEvent = z.output<typeof iotEventsEventSchema>;

/**
 * AWS IoT Events detector models whose events run a `lambda` action, invoked asynchronously.
 *
 * @example
 * router().on(iotEvents, async (event) => openTicket(event.payload.detector.keyValue, event.payload.state.stateName))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iotevents.html
 */
export const iotEvents = defineSource({
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
  schema: iotEventsEventSchema,
  sample: sampleIotEventsEvent,
  docs: {
    service: 'AWS IoT Events',
    summary:
      "A detector model's `lambda` action invokes the function asynchronously when a detector event fires, with the event name and time, the detector instance (model, version, key), what triggered it (an input message or a timer) and the detector's state and variables. The return value is ignored.",
    detection: 'The event has a string `eventName` and a `payload` object holding a `detector` object.',
    retries:
      'Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. Actions that IoT Events cannot deliver are reported in its error logs.',
    limits: [
      {
        name: 'Content expression',
        value: 'a custom action payload expression of up to 1 KB (recommended maximum)',
        link: 'https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with AWS IoT Events',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-iotevents.html',
      },
      {
        title: 'LambdaAction (IoT Events API)',
        url: 'https://docs.aws.amazon.com/iotevents/latest/apireference/API_LambdaAction.html',
      },
    ],
  },
});

function sampleIotEventsEvent(): IotEventsEvent {
  return {
    eventName: 'overheatDetected',
    eventTime: 1715679012428,
    payload: {
      actionExecutionId: '8c1f2e3d-4b5a-4697-8a7b-6c5d4e3f2a1b',
      detector: {
        detectorModelName: 'freezer-temperature',
        detectorModelVersion: '3',
        keyValue: 'freezer-0042',
      },
      eventTriggerDetails: {
        triggerType: 'Message',
        inputName: 'FreezerTemperatureInput',
        messageId: 'f4e3d2c1-b0a9-4876-9543-21fedcba9876',
      },
      state: {
        stateName: 'Overheated',
        variables: { consecutiveHighReadings: 3 },
        timers: {},
      },
    },
  };
}
