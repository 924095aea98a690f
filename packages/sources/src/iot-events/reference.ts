import { describeSource } from '@switchboard/core';
import { type IotEventsEvent, iotEventsEventSchema } from './schema.js';
import { iotEvents } from './source.js';

/** `iotEvents` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const iotEventsReference = describeSource(iotEvents, {
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
