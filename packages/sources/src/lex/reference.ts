import { describeSource } from '@switchboard/core';
import { sampleLexEvent } from './sample.js';
import { lexEventSchema, lexResponseSchema } from './schema.js';
import { lex } from './source.js';

/** `lex` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const lexReference = describeSource(lex, {
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
