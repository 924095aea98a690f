import { defineSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { sampleLexV2Event } from './sample.js';
import { lexV2EventSchema, lexV2ResponseSchema } from './schema.js';

export {
  type LexV2MessagesInput,
  toLexV2Close,
  toLexV2ConfirmIntent,
  toLexV2Delegate,
  toLexV2ElicitIntent,
  toLexV2ElicitSlot,
} from './respond.js';
export {
  type LexV2Event,
  type LexV2Intent,
  type LexV2Message,
  type LexV2Result,
  type LexV2Slot,
  lexV2EventSchema,
  lexV2IntentSchema,
  lexV2MessageSchema,
  lexV2ResponseSchema,
  lexV2SlotSchema,
} from './schema.js';

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
export const lexV2 = defineSource({
  id: 'lex-v2',
  invocation: 'sync',
  detect: isLexV2Event,
  schema: lexV2EventSchema,
  response: lexV2ResponseSchema,
  sample: sampleLexV2Event,
  docs: {
    service: 'Amazon Lex V2',
    summary:
      'A Lex V2 bot alias invokes its Lambda function (one per locale) from dialog code hooks, to validate input and steer the conversation, and from fulfillment code hooks. The answer sets the next dialog action, the intent state and the messages for the user.',
    detection: 'The event has a `sessionState` object and a `bot` object with a string `localeId`.',
    retries:
      "None: the user waits for the answer. A thrown error, a timeout or an invalid answer fails the turn: Lex answers the client with a DependencyFailedException, or follows the code hook's failure or timeout path where the intent configures one.",
    limits: [
      {
        name: 'Invocation payload',
        value:
          '6 MB each way (Lambda synchronous invocation limit); the Lex V2 quotas bound session attributes and messages further',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
      {
        name: 'Messages',
        value: '`messages` is required when the dialog action is ElicitIntent or ConfirmIntent',
        link: 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html',
      },
    ],
    links: [
      { title: 'Amazon Lex V2 quotas', url: 'https://docs.aws.amazon.com/lexv2/latest/dg/quotas.html' },
      {
        title: 'Lambda input event format for Lex V2',
        url: 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html',
      },
      {
        title: 'Lambda response format for Lex V2',
        url: 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html',
      },
      {
        title: 'Common structures in a Lambda function for Lex V2',
        url: 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html',
      },
    ],
  },
});
