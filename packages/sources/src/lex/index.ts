import { defineSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { sampleLexEvent } from './sample.js';
import { lexEventSchema, lexResponseSchema } from './schema.js';

export {
  type LexAnswerOptions,
  type LexMessageInput,
  toLexClose,
  toLexConfirmIntent,
  toLexDelegate,
  toLexElicitIntent,
  toLexElicitSlot,
} from './respond.js';
export {
  type LexDialogAction,
  type LexEvent,
  type LexMessage,
  type LexResponseCard,
  type LexResult,
  lexDialogActionSchema,
  lexEventSchema,
  lexIntentSummarySchema,
  lexMessageSchema,
  lexResponseSchema,
} from './schema.js';

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
export const lex = defineSource({
  id: 'lex',
  invocation: 'sync',
  detect: isLexEvent,
  schema: lexEventSchema,
  response: lexResponseSchema,
  sample: sampleLexEvent,
  docs: {
    service: 'Amazon Lex V1',
    summary:
      'A Lex V1 bot invokes the function as a dialog code hook (to validate each user input) or a fulfillment code hook (once every slot is filled). The answer says what Lex does next: close, elicit a slot or an intent, confirm, or delegate. Lex V1 reached end of support on 15 September 2025; new bots use Lex V2 (`lex-v2`).',
    detection:
      'The event has a `currentIntent` object and a `bot` object (Lex V2 events have neither `currentIntent`).',
    retries:
      'None: the user waits for the answer. A thrown error, a timeout or an invalid answer makes Lex answer the client with a DependencyFailedException (424) and the conversation turn fails.',
    limits: [
      {
        name: 'Answer time',
        value: '30 seconds; a slower function fails the turn with DependencyFailedException',
        link: 'https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PostText.html',
      },
      {
        name: 'Event and answer size',
        value: 'at most 12 KB in; at most 25 KB out, of which at most 12 KB of session attributes',
        link: 'https://docs.aws.amazon.com/lex/latest/dg/gl-limits.html',
      },
      {
        name: 'Recent intents in an answer',
        value: 'up to 3 in `recentIntentSummaryView`',
        link: 'https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html',
      },
    ],
    links: [
      {
        title: 'Lambda function input event and response format (Lex V1)',
        url: 'https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html',
      },
      { title: 'Using Lambda functions (Lex V1)', url: 'https://docs.aws.amazon.com/lex/latest/dg/using-lambda.html' },
    ],
  },
});
