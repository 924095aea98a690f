import * as z from 'zod/mini';

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
