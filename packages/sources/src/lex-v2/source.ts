import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { LexV2Event, LexV2Result } from './schema.js';

/**
 * Lex V2 sends the conversation's `sessionState` and a `bot` with the
 * `localeId` it runs in (Lex V2 bots are per locale; Lex V1 bots have no
 * locale in the event and send `currentIntent` instead). The two Lex
 * sources never claim the same event, although the SAM samples of both
 * share file names (corpus: events/sam/lex/ and events/sam/lex-v2/).
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 */
function isLexV2Event(event: unknown): boolean {
  return (
    isObject(event) && isObject(event.sessionState) && isObject(event.bot) && typeof event.bot.localeId === 'string'
  );
}

/**
 * Amazon Lex V2: a bot alias's Lambda function, called by dialog and fulfillment code hooks.
 *
 * @example
 * router().on(lexV2, async (event) => toLexV2Close(event, 'Your car is booked.'))
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda.html
 */
export const lexV2 = runtimeSource<LexV2Event, LexV2Result>()({
  id: 'lex-v2',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isLexV2Event,
});
