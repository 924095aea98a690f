import type { LexV2Event, LexV2Message, LexV2Result } from './schema.js';

/** Messages as a builder takes them: a string is one plain-text message. */
export type LexV2MessagesInput = string | readonly LexV2Message[];

type SessionState = LexV2Result['sessionState'];
type AnswerIntent = NonNullable<SessionState['intent']>;
type EventState = Pick<LexV2Event, 'sessionState' | 'interpretations'>;

function toMessages(messages: LexV2MessagesInput | undefined): Pick<LexV2Result, 'messages'> {
  if (messages === undefined) return {};
  return { messages: typeof messages === 'string' ? [{ contentType: 'PlainText', content: messages }] : [...messages] };
}

/** The intent in play: the session's, else Lex's best interpretation. */
function currentIntent(event: EventState): AnswerIntent | undefined {
  const intent = event.sessionState.intent ?? event.interpretations[0]?.intent;
  if (intent === undefined) return undefined;
  return { name: intent.name, slots: intent.slots, state: intent.state, confirmationState: intent.confirmationState };
}

/** The event's session attributes and active contexts, carried into the answer so they persist. */
function carriedState(event: EventState): Omit<SessionState, 'dialogAction' | 'intent'> {
  const { sessionAttributes, activeContexts } = event.sessionState;
  return {
    ...(sessionAttributes === undefined ? {} : { sessionAttributes }),
    ...(activeContexts === undefined ? {} : { activeContexts }),
  };
}

function answer(event: EventState, dialogAction: SessionState['dialogAction'], intent?: AnswerIntent): SessionState {
  return { ...carriedState(event), dialogAction, ...(intent === undefined ? {} : { intent }) };
}

/**
 * Ends the turn: the intent is fulfilled (or failed) and Lex expects no reply.
 *
 * @example
 * return toLexV2Close(event, 'Your balance is $1,024.', 'Fulfilled')
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function toLexV2Close(
  event: EventState,
  messages?: LexV2MessagesInput,
  state: 'Fulfilled' | 'Failed' = 'Fulfilled',
): LexV2Result {
  const intent = currentIntent(event);
  const closed = intent === undefined ? undefined : { ...intent, state };
  return { sessionState: answer(event, { type: 'Close' }, closed), ...toMessages(messages) };
}

/**
 * Asks the user for `slotToElicit` of the current intent.
 *
 * @example
 * return toLexV2ElicitSlot(event, 'PickUpCity', 'Which city will you pick the car up in?')
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function toLexV2ElicitSlot(event: EventState, slotToElicit: string, messages?: LexV2MessagesInput): LexV2Result {
  const intent = currentIntent(event);
  const inProgress = intent === undefined ? undefined : { ...intent, state: 'InProgress' as const };
  return { sessionState: answer(event, { type: 'ElicitSlot', slotToElicit }, inProgress), ...toMessages(messages) };
}

/**
 * Asks the user to confirm the current intent (a yes or no answer). Lex
 * requires messages with this action.
 *
 * @example
 * return toLexV2ConfirmIntent(event, 'Book an economy car in Chicago on 8 November?')
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function toLexV2ConfirmIntent(event: EventState, messages: LexV2MessagesInput): LexV2Result {
  return { sessionState: answer(event, { type: 'ConfirmIntent' }, currentIntent(event)), ...toMessages(messages) };
}

/**
 * Lets Lex choose the next step from the bot's configuration.
 *
 * @example
 * return toLexV2Delegate(event)
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function toLexV2Delegate(event: EventState): LexV2Result {
  return { sessionState: answer(event, { type: 'Delegate' }, currentIntent(event)) };
}

/**
 * Asks the user what they want next. Lex requires messages with this action.
 *
 * @example
 * return toLexV2ElicitIntent(event, 'Anything else I can help with?')
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export function toLexV2ElicitIntent(event: EventState, messages: LexV2MessagesInput): LexV2Result {
  return { sessionState: answer(event, { type: 'ElicitIntent' }), ...toMessages(messages) };
}
