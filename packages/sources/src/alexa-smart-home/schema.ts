import * as z from 'zod/mini';

/**
 * Smart Home Skill API messages. Alexa sends the current API (v3) as a
 * `directive` envelope; the legacy API v2 (deprecated, still in the SAM CLI
 * samples, corpus: events/sam/alexa-smart-home/) sends `header` and
 * `payload` at the top level and reads the same shape back.
 * @see https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html
 * @see https://developer.amazon.com/en-US/docs/alexa/smarthome/smart-home-skill-api-message-reference.html
 */

const payloadSchema = z.record(z.string(), z.unknown());

const v3HeaderShape = {
  namespace: z.string(),
  name: z.string(),
  messageId: z.string(),
  correlationToken: z.exactOptional(z.string()),
  payloadVersion: z.string(),
  instance: z.exactOptional(z.string()),
};

const endpointShape = {
  scope: z.exactOptional(
    z.object({
      type: z.string(),
      token: z.string(),
      partition: z.exactOptional(z.string()),
      userId: z.exactOptional(z.string()),
    }),
  ),
  endpointId: z.string(),
  cookie: z.exactOptional(z.record(z.string(), z.string())),
};

/** A Smart Home Skill API v3 directive: Discovery, PowerController, ReportState... */
export const alexaSmartHomeV3EventSchema = z.object({
  directive: z.object({
    header: z.object(v3HeaderShape),
    // Absent from directives addressed to no device (Alexa.Discovery, Alexa.Authorization).
    endpoint: z.exactOptional(z.object(endpointShape)),
    payload: payloadSchema,
  }),
});

const v2HeaderShape = {
  messageId: z.string(),
  name: z.string(),
  namespace: z.string(),
  payloadVersion: z.literal('2'),
};

/** A legacy Smart Home Skill API v2 directive (`Alexa.ConnectedHome.*` namespaces). */
export const alexaSmartHomeV2EventSchema = z.object({ header: z.object(v2HeaderShape), payload: payloadSchema });

/** Either API's directive; `'directive' in event` tells them apart. */
export const alexaSmartHomeEventSchema = z.union([alexaSmartHomeV3EventSchema, alexaSmartHomeV2EventSchema]);

// Answers are serialised with JSON.stringify, which drops keys set to undefined: optional keys accept it.
const answerHeaderSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  messageId: z.string(),
  correlationToken: z.optional(z.string()),
  payloadVersion: z.string(),
  instance: z.optional(z.string()),
});

/** A property state reported in `context` (after a change, or in a StateReport). */
export const alexaSmartHomePropertySchema = z.object({
  namespace: z.string(),
  instance: z.optional(z.string()),
  name: z.string(),
  value: z.unknown(),
  timeOfSample: z.string(),
  uncertaintyInMilliseconds: z.number(),
});

/** The API v3 answer: an event (Response, ErrorResponse, Discover.Response, StateReport...) and the endpoint's state. */
export const alexaSmartHomeV3ResponseSchema = z.object({
  event: z.object({
    header: answerHeaderSchema,
    endpoint: z.optional(
      z.object({
        scope: z.optional(z.object({ type: z.string(), token: z.string() })),
        endpointId: z.string(),
        cookie: z.optional(z.record(z.string(), z.string())),
      }),
    ),
    payload: payloadSchema,
  }),
  context: z.optional(z.object({ properties: z.array(alexaSmartHomePropertySchema) })),
});

/** The API v2 answer: a confirmation or error `header` and its `payload`. */
export const alexaSmartHomeV2ResponseSchema = z.object({
  header: z.object({ messageId: z.string(), name: z.string(), namespace: z.string(), payloadVersion: z.literal('2') }),
  payload: payloadSchema,
});

/** The answer Alexa reads, in the API version of the directive it answers. */
export const alexaSmartHomeResponseSchema = z.union([alexaSmartHomeV3ResponseSchema, alexaSmartHomeV2ResponseSchema]);

export type AlexaSmartHomeV3Event = z.output<typeof alexaSmartHomeV3EventSchema>;
export type AlexaSmartHomeV2Event = z.output<typeof alexaSmartHomeV2EventSchema>;
export type AlexaSmartHomeEvent = z.output<typeof alexaSmartHomeEventSchema>;
export type AlexaSmartHomeProperty = z.output<typeof alexaSmartHomePropertySchema>;
export type AlexaSmartHomeV3Result = z.output<typeof alexaSmartHomeV3ResponseSchema>;
export type AlexaSmartHomeV2Result = z.output<typeof alexaSmartHomeV2ResponseSchema>;
export type AlexaSmartHomeResult = z.output<typeof alexaSmartHomeResponseSchema>;
