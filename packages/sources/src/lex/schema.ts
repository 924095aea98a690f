import * as z from 'zod/mini';

/**
 * Event and answer of Amazon Lex V1 code hooks.
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */

const stringMap = z.record(z.string(), z.string());
// "A slot value remains null until the user provides a value" (same page).
const slotValues = z.record(z.string(), z.nullable(z.string()));
// Event maps type their values `| undefined`, as @types/aws-lambda's index
// signatures do, so a LexHandler mounts; JSON never holds undefined, and an
// indexed read is `| undefined` anyway under noUncheckedIndexedAccess.
const eventStringMap = z.record(z.string(), z.optional(z.string()));
const eventSlotValues = z.record(z.string(), z.optional(z.nullable(z.string())));

const confirmationStatus = z.enum(['None', 'Confirmed', 'Denied']);
const dialogActionType = z.enum(['ElicitIntent', 'ElicitSlot', 'ConfirmIntent', 'Delegate', 'Close']);
const fulfillmentState = z.enum(['Fulfilled', 'Failed']);

const slotDetailSchema = z.object({
  // At most five; items typed `| undefined` like @types/aws-lambda's optional tuple elements, so a LexHandler mounts.
  resolutions: z.array(z.optional(z.object({ value: z.string() }))),
  originalValue: z.nullable(z.string()),
});

const intentSchema = z.object({
  name: z.string(),
  nluIntentConfidenceScore: z.exactOptional(z.nullable(z.number())),
  slots: eventSlotValues,
  // Absent from minimal captures (corpus: events/sam/lex/*.json); a slot without a value has null details.
  slotDetails: z.exactOptional(z.nullable(z.record(z.string(), z.nullable(slotDetailSchema)))),
  confirmationStatus,
});

/** One of the (up to three) recent intents, as the event reports them and an answer may set them. */
export const lexIntentSummarySchema = z.object({
  intentName: z.optional(z.string()),
  checkpointLabel: z.optional(z.string()),
  slots: z.optional(slotValues),
  confirmationStatus: z.optional(confirmationStatus),
  dialogActionType,
  fulfillmentState: z.optional(fulfillmentState),
  slotToElicit: z.optional(z.string()),
});

/** The event Amazon Lex V1 sends to a dialog or fulfillment code hook. */
export const lexEventSchema = z.object({
  currentIntent: intentSchema,
  alternativeIntents: z.exactOptional(z.array(intentSchema)),
  // The console's test window invokes without an alias: `alias` is then null.
  bot: z.object({ name: z.string(), alias: z.nullable(z.string()), version: z.string() }),
  userId: z.string(),
  // Absent from the SAM CLI samples (corpus: events/sam/lex/*.json).
  inputTranscript: z.exactOptional(z.string()),
  invocationSource: z.enum(['DialogCodeHook', 'FulfillmentCodeHook']),
  outputDialogMode: z.enum(['Text', 'Voice']),
  messageVersion: z.string(),
  sessionAttributes: eventStringMap,
  // "If there are no request attributes, the value will be null."
  requestAttributes: z.exactOptional(z.nullable(eventStringMap)),
  recentIntentSummaryView: z.exactOptional(z.nullable(z.array(lexIntentSummarySchema))),
  sentimentResponse: z.exactOptional(z.object({ sentimentLabel: z.string(), sentimentScore: z.string() })),
});

/** A message for the user: plain text, SSML, or a custom payload (a message group as JSON, say). */
export const lexMessageSchema = z.object({
  contentType: z.enum(['PlainText', 'SSML', 'CustomPayload']),
  content: z.string(),
});

const responseCardSchema = z.object({
  version: z.int(),
  contentType: z.literal('application/vnd.amazonaws.card.generic'),
  genericAttachments: z.array(
    z.object({
      title: z.optional(z.string()),
      subTitle: z.optional(z.string()),
      imageUrl: z.optional(z.string()),
      attachmentLinkUrl: z.optional(z.string()),
      buttons: z.optional(z.array(z.object({ text: z.string(), value: z.string() }))),
    }),
  ),
});

// Answers are serialised with JSON.stringify, which drops keys set to undefined: optional keys accept it.
const prompt = { message: z.optional(lexMessageSchema), responseCard: z.optional(responseCardSchema) };

/** What Lex does next; `type` decides which other fields are required. */
export const lexDialogActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Close'), fulfillmentState, ...prompt }),
  z.object({ type: z.literal('ElicitIntent'), ...prompt }),
  z.object({
    type: z.literal('ElicitSlot'),
    intentName: z.string(),
    slots: slotValues,
    slotToElicit: z.string(),
    ...prompt,
  }),
  z.object({ type: z.literal('ConfirmIntent'), intentName: z.string(), slots: slotValues, ...prompt }),
  z.object({ type: z.literal('Delegate'), slots: slotValues }),
]);

/** The answer Lex reads: `dialogAction` is required, the rest optional. */
export const lexResponseSchema = z.object({
  sessionAttributes: z.optional(stringMap),
  recentIntentSummaryView: z.optional(z.array(lexIntentSummarySchema).check(z.maxLength(3))),
  dialogAction: lexDialogActionSchema,
});

export type LexEvent = z.output<typeof lexEventSchema>;
export type LexMessage = z.output<typeof lexMessageSchema>;
export type LexDialogAction = z.output<typeof lexDialogActionSchema>;
export type LexResult = z.output<typeof lexResponseSchema>;
export type LexResponseCard = z.output<typeof responseCardSchema>;
