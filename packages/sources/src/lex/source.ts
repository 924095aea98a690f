import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { LexEvent, LexResult } from './schema.js';

/**
 * Lex V1 names the recognised intent in `currentIntent` (Lex calls a code
 * hook only once it knows the intent); Lex V2 sends `sessionState` and
 * `interpretations` instead and never `currentIntent`, so the two sources
 * never claim the same event (corpus: events/sam/lex/ and events/sam/lex-v2/
 * share file names). `bot` is read too: only Lex events carry both.
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
function isLexEvent(event: unknown): boolean {
  return isObject(event) && isObject(event.currentIntent) && isObject(event.bot);
}

/**
 * Amazon Lex V1: a bot's dialog and fulfillment code hooks.
 *
 * @example
 * router().on(lex, async (event) => toLexClose('Fulfilled', `Your ${event.currentIntent.slots.FlowerType} are ordered.`))
 * @see https://docs.aws.amazon.com/lex/latest/dg/using-lambda.html
 */
export const lex = runtimeSource<LexEvent, LexResult>()({
  id: 'lex',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isLexEvent,
});
