import type { LexEvent, LexMessage, LexResponseCard, LexResult } from './schema.js';

/** A message as a builder takes it: a string is plain text. */
export type LexMessageInput = string | LexMessage;

/** What every Lex V1 builder may add to its dialog action. */
export interface LexAnswerOptions {
  /** Replaces the session attributes; Lex keeps the last known ones when an answer omits them. */
  readonly sessionAttributes?: Record<string, string>;
  readonly responseCard?: LexResponseCard;
  /** Slot values to answer instead of the event's (ElicitSlot, ConfirmIntent, Delegate). */
  readonly slots?: Record<string, string | null>;
}

type Slots = Record<string, string | null>;
type IntentSource = { readonly currentIntent: Pick<LexEvent['currentIntent'], 'name' | 'slots'> };

function toMessage(message: LexMessageInput | undefined): { message?: LexMessage } {
  if (message === undefined) return {};
  return { message: typeof message === 'string' ? { contentType: 'PlainText', content: message } : message };
}

function toExtras(options: LexAnswerOptions): Pick<LexResult, 'sessionAttributes'> {
  return options.sessionAttributes === undefined ? {} : { sessionAttributes: { ...options.sessionAttributes } };
}

function toCard(options: LexAnswerOptions): { responseCard?: LexResponseCard } {
  return options.responseCard === undefined ? {} : { responseCard: options.responseCard };
}

function slotsOf(event: IntentSource, options: LexAnswerOptions): Slots {
  if (options.slots !== undefined) return { ...options.slots };
  const slots: Slots = {};
  for (const [name, value] of Object.entries(event.currentIntent.slots)) if (value !== undefined) slots[name] = value;
  return slots;
}

/**
 * Ends the conversation: Lex expects no reply. Without a message, Lex uses
 * the intent's goodbye or follow-up message.
 *
 * @example
 * return toLexClose('Fulfilled', 'Your flowers are on their way.')
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export function toLexClose(
  fulfillmentState: 'Fulfilled' | 'Failed',
  message?: LexMessageInput,
  options: LexAnswerOptions = {},
): LexResult {
  const dialogAction = { type: 'Close' as const, fulfillmentState, ...toMessage(message), ...toCard(options) };
  return { ...toExtras(options), dialogAction };
}

/**
 * Asks the user what they want (an utterance naming an intent). Without a
 * message, Lex uses a clarification prompt.
 *
 * @example
 * return toLexElicitIntent('What can I help you with?')
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export function toLexElicitIntent(message?: LexMessageInput, options: LexAnswerOptions = {}): LexResult {
  return { ...toExtras(options), dialogAction: { type: 'ElicitIntent', ...toMessage(message), ...toCard(options) } };
}

/**
 * Asks the user for `slotToElicit`, keeping the event's intent and slots
 * (or `options.slots`, to clear a value that failed validation).
 *
 * @example
 * return toLexElicitSlot(event, 'PickupDate', 'What day do you want the flowers picked up?', { slots: { ...event.currentIntent.slots, PickupDate: null } })
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export function toLexElicitSlot(
  event: IntentSource,
  slotToElicit: string,
  message?: LexMessageInput,
  options: LexAnswerOptions = {},
): LexResult {
  const intent = { intentName: event.currentIntent.name, slots: slotsOf(event, options) };
  const dialogAction = {
    type: 'ElicitSlot' as const,
    ...intent,
    slotToElicit,
    ...toMessage(message),
    ...toCard(options),
  };
  return { ...toExtras(options), dialogAction };
}

/**
 * Asks the user to confirm the event's intent (a yes or no answer). A
 * message is required when the intent has no confirmation prompt.
 *
 * @example
 * return toLexConfirmIntent(event, 'Order a dozen roses for Friday?')
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export function toLexConfirmIntent(
  event: IntentSource,
  message?: LexMessageInput,
  options: LexAnswerOptions = {},
): LexResult {
  const intent = { intentName: event.currentIntent.name, slots: slotsOf(event, options) };
  return {
    ...toExtras(options),
    dialogAction: { type: 'ConfirmIntent', ...intent, ...toMessage(message), ...toCard(options) },
  };
}

/**
 * Lets Lex choose the next step from the bot's configuration, with the
 * event's slots (or `options.slots`).
 *
 * @example
 * return toLexDelegate(event)
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export function toLexDelegate(event: IntentSource, options: Omit<LexAnswerOptions, 'responseCard'> = {}): LexResult {
  return { ...toExtras(options), dialogAction: { type: 'Delegate', slots: slotsOf(event, options) } };
}
