import * as z from 'zod/mini';

/**
 * Event and answer of Amazon Lex V2 code hooks.
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html
 */

const stringMap = z.record(z.string(), z.string());

// Every part of a value may be missing: transcriptions carry no
// `interpretedValue` (corpus: events/sam/lex-v2/BankingBot.json), and an
// answer usually sets `interpretedValue` alone. Answers copy the event's
// slots back, so events and answers share one slot schema.
const slotValueSchema = z.object({
  originalValue: z.optional(z.string()),
  interpretedValue: z.optional(z.string()),
  resolvedValues: z.optional(z.array(z.string())),
});

const shape = z.enum(['Scalar', 'List', 'Composite']);
const scalarSlotSchema = z.object({ shape: z.optional(shape), value: slotValueSchema });
const listSlotSchema = z.object({
  shape: z.optional(shape),
  value: z.optional(slotValueSchema),
  values: z.optional(z.array(scalarSlotSchema)),
});

/**
 * One slot: a scalar, a list (`values`) or a composite (`subSlots`). Slots
 * nest at most three deep (a composite's sub-slots may be lists of
 * scalars), spelled out level by level so the output types stay plain objects.
 */
export const lexV2SlotSchema = z.object({
  shape: z.optional(shape),
  value: z.optional(slotValueSchema),
  values: z.optional(z.array(scalarSlotSchema)),
  subSlots: z.optional(z.record(z.string(), z.nullable(listSlotSchema))),
});

/** Slots by name; a slot is null while unfilled. */
const slotsSchema = z.record(z.string(), z.nullable(lexV2SlotSchema));

const intentState = z.enum([
  'Failed',
  'Fulfilled',
  'FulfillmentInProgress',
  'InProgress',
  'ReadyForFulfillment',
  'Waiting',
]);
const confirmationState = z.enum(['Confirmed', 'Denied', 'None']);
const dialogActionType = z.enum(['Close', 'ConfirmIntent', 'Delegate', 'ElicitIntent', 'ElicitSlot']);

/** An intent as Lex V2 reports it. */
export const lexV2IntentSchema = z.object({
  name: z.string(),
  slots: slotsSchema,
  state: intentState,
  confirmationState,
  kendraResponse: z.exactOptional(z.unknown()),
});

const activeContextSchema = z.object({
  name: z.string(),
  contextAttributes: stringMap,
  timeToLive: z.object({ timeToLiveInSeconds: z.number(), turnsToLive: z.number() }),
});

const eventDialogActionSchema = z.object({
  type: dialogActionType,
  slotToElicit: z.exactOptional(z.string()),
});

/** The event Amazon Lex V2 sends to a bot alias's Lambda function. */
export const lexV2EventSchema = z.object({
  messageVersion: z.string(),
  invocationSource: z.enum(['DialogCodeHook', 'FulfillmentCodeHook']),
  inputMode: z.enum(['DTMF', 'Speech', 'Text']),
  responseContentType: z.string(),
  sessionId: z.string(),
  inputTranscript: z.string(),
  invocationLabel: z.exactOptional(z.string()),
  bot: z.object({
    id: z.string(),
    name: z.string(),
    localeId: z.string(),
    version: z.string(),
    aliasId: z.string(),
    aliasName: z.string(),
  }),
  interpretations: z.array(
    z.object({
      intent: lexV2IntentSchema,
      interpretationSource: z.exactOptional(z.enum(['Bedrock', 'Lex'])),
      // Absent on the fallback intent (corpus: events/sam/lex-v2/BankingBot.json).
      nluConfidence: z.exactOptional(z.number()),
      sentimentResponse: z.exactOptional(
        z.object({
          sentiment: z.string(),
          sentimentScore: z.object({
            mixed: z.number(),
            negative: z.number(),
            neutral: z.number(),
            positive: z.number(),
          }),
        }),
      ),
    }),
  ),
  proposedNextState: z.exactOptional(
    z.object({ dialogAction: eventDialogActionSchema, intent: z.exactOptional(lexV2IntentSchema) }),
  ),
  requestAttributes: z.exactOptional(stringMap),
  sessionState: z.object({
    activeContexts: z.exactOptional(z.array(activeContextSchema)),
    sessionAttributes: z.exactOptional(stringMap),
    runtimeHints: z.exactOptional(z.unknown()),
    dialogAction: z.exactOptional(eventDialogActionSchema),
    intent: z.exactOptional(lexV2IntentSchema),
    originatingRequestId: z.exactOptional(z.string()),
  }),
  transcriptions: z.exactOptional(
    z.array(
      z.object({
        transcription: z.string(),
        transcriptionConfidence: z.exactOptional(z.number()),
        resolvedContext: z.exactOptional(z.object({ intent: z.string() })),
        resolvedSlots: z.exactOptional(slotsSchema),
      }),
    ),
  ),
});

// Answers are serialised with JSON.stringify, which drops keys set to undefined: optional keys accept it.
const imageResponseCardSchema = z.object({
  title: z.string(),
  subtitle: z.optional(z.string()),
  imageUrl: z.optional(z.string()),
  buttons: z.optional(z.array(z.object({ text: z.string(), value: z.string() }))),
});

/** A message for the user: text, SSML or a custom payload in `content`, or an image response card. */
export const lexV2MessageSchema = z.discriminatedUnion('contentType', [
  z.object({ contentType: z.enum(['CustomPayload', 'PlainText', 'SSML']), content: z.string() }),
  z.object({ contentType: z.literal('ImageResponseCard'), imageResponseCard: imageResponseCardSchema }),
]);

const answerDialogActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['Close', 'ConfirmIntent', 'Delegate', 'ElicitIntent']) }),
  z.object({
    type: z.literal('ElicitSlot'),
    slotToElicit: z.string(),
    slotElicitationStyle: z.optional(z.enum(['Default', 'SpellByLetter', 'SpellByWord'])),
    subSlotToElicit: z.optional(z.unknown()),
  }),
]);

const needsMessages = new Set(['ElicitIntent', 'ConfirmIntent']);

/**
 * The answer Lex V2 reads: `sessionState.dialogAction` is required;
 * `intent` is not needed to delegate or elicit an intent; `messages` is
 * required to elicit an intent or confirm one.
 */
export const lexV2ResponseSchema = z
  .object({
    sessionState: z.object({
      activeContexts: z.optional(z.array(activeContextSchema)),
      sessionAttributes: z.optional(stringMap),
      runtimeHints: z.optional(z.unknown()),
      dialogAction: answerDialogActionSchema,
      intent: z.optional(
        z.object({
          // Optional in @types/aws-lambda's LexV2Result, so typed handlers mount; Lex needs it to close or confirm.
          name: z.optional(z.string()),
          slots: z.optional(slotsSchema),
          state: z.optional(intentState),
          confirmationState: z.optional(confirmationState),
        }),
      ),
    }),
    messages: z.optional(z.array(lexV2MessageSchema)),
    requestAttributes: z.optional(stringMap),
  })
  .check(
    z.refine(
      (answer) => !needsMessages.has(answer.sessionState.dialogAction.type) || (answer.messages?.length ?? 0) > 0,
      { message: 'ElicitIntent and ConfirmIntent need at least one message', path: ['messages'] },
    ),
  );

export type LexV2Event = z.output<typeof lexV2EventSchema>;
export type LexV2Intent = z.output<typeof lexV2IntentSchema>;
export type LexV2Slot = z.output<typeof lexV2SlotSchema>;
export type LexV2Message = z.output<typeof lexV2MessageSchema>;
export type LexV2Result = z.output<typeof lexV2ResponseSchema>;
