import * as z from 'zod/mini';

/**
 * The Alexa Skills Kit request and response JSON, as a custom skill hosted
 * in Lambda receives and answers it. Request types beyond the standard ones
 * (AudioPlayer, Display, Connections, APL user events...) share the
 * envelope and add their own keys to `request`, which pass unchecked.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */

const applicationSchema = z.object({ applicationId: z.string() });
const userSchema = z.object({
  userId: z.string(),
  accessToken: z.exactOptional(z.string()),
  permissions: z.exactOptional(z.object({ consentToken: z.exactOptional(z.string()) })),
});

const slotSchema = z.object({
  name: z.string(),
  value: z.exactOptional(z.string()),
  confirmationStatus: z.exactOptional(z.enum(['NONE', 'CONFIRMED', 'DENIED'])),
  resolutions: z.exactOptional(z.unknown()),
  slotValue: z.exactOptional(z.unknown()),
});

/** The intent of an IntentRequest, with the slots the user filled. */
export const alexaIntentSchema = z.object({
  name: z.string(),
  confirmationStatus: z.exactOptional(z.enum(['NONE', 'CONFIRMED', 'DENIED'])),
  slots: z.exactOptional(z.record(z.string(), slotSchema)),
});

/** The request envelope Alexa sends to a custom skill's endpoint. */
export const alexaSkillEventSchema = z.object({
  version: z.string(),
  // Absent from requests outside a session (AudioPlayer and PlaybackController requests).
  session: z.exactOptional(
    z.object({
      new: z.boolean(),
      sessionId: z.string(),
      application: applicationSchema,
      attributes: z.exactOptional(z.record(z.string(), z.unknown())),
      user: userSchema,
    }),
  ),
  context: z.object({
    System: z.object({
      application: applicationSchema,
      user: userSchema,
      device: z.exactOptional(
        z.object({
          deviceId: z.exactOptional(z.string()),
          supportedInterfaces: z.exactOptional(z.record(z.string(), z.unknown())),
        }),
      ),
      apiEndpoint: z.exactOptional(z.string()),
      apiAccessToken: z.exactOptional(z.string()),
    }),
  }),
  request: z.object({
    type: z.string(),
    requestId: z.string(),
    timestamp: z.string(),
    locale: z.exactOptional(z.string()),
    intent: z.exactOptional(alexaIntentSchema),
    dialogState: z.exactOptional(z.enum(['STARTED', 'IN_PROGRESS', 'COMPLETED'])),
    reason: z.exactOptional(z.string()),
    error: z.exactOptional(z.object({ type: z.string(), message: z.string() })),
  }),
});

// Answers are serialised with JSON.stringify, which drops keys set to undefined: optional keys accept it.
const playBehavior = z.optional(z.enum(['ENQUEUE', 'REPLACE_ALL', 'REPLACE_ENQUEUED']));

/** What Alexa says: plain text or SSML. */
export const alexaOutputSpeechSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('PlainText'), text: z.string(), playBehavior }),
  z.object({ type: z.literal('SSML'), ssml: z.string(), playBehavior }),
]);

/** A card for the Alexa app. */
export const alexaCardSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Simple'), title: z.optional(z.string()), content: z.optional(z.string()) }),
  z.object({
    type: z.literal('Standard'),
    title: z.optional(z.string()),
    text: z.optional(z.string()),
    image: z.optional(z.object({ smallImageUrl: z.optional(z.string()), largeImageUrl: z.optional(z.string()) })),
  }),
  z.object({ type: z.literal('LinkAccount') }),
  z.object({ type: z.literal('AskForPermissionsConsent'), permissions: z.array(z.string()) }),
]);

/** A directive (`Dialog.Delegate`, `AudioPlayer.Play`...): a `type` and the keys that type defines. */
const directiveSchema = z.intersection(z.object({ type: z.string() }), z.record(z.string(), z.unknown()));

/** The answer Alexa reads. Every key of `response` is optional: `{}` ends a SessionEndedRequest quietly. */
export const alexaSkillResponseSchema = z.object({
  version: z.string(),
  sessionAttributes: z.optional(z.record(z.string(), z.unknown())),
  response: z.object({
    outputSpeech: z.optional(alexaOutputSpeechSchema),
    card: z.optional(alexaCardSchema),
    reprompt: z.optional(
      z.object({ outputSpeech: z.optional(alexaOutputSpeechSchema), directives: z.optional(z.array(directiveSchema)) }),
    ),
    shouldEndSession: z.optional(z.nullable(z.boolean())),
    directives: z.optional(z.array(directiveSchema)),
  }),
});

export type AlexaSkillEvent = z.output<typeof alexaSkillEventSchema>;
export type AlexaIntent = z.output<typeof alexaIntentSchema>;
export type AlexaOutputSpeech = z.output<typeof alexaOutputSpeechSchema>;
export type AlexaCard = z.output<typeof alexaCardSchema>;
export type AlexaSkillResult = z.output<typeof alexaSkillResponseSchema>;
export type AlexaDirective = z.output<typeof directiveSchema>;
