import { describeSource } from '@switchboard/core';
import { sampleLexV2Event } from './sample.js';
import { lexV2EventSchema, lexV2ResponseSchema } from './schema.js';
import { lexV2 } from './source.js';

/** `lexV2` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const lexV2Reference = describeSource(lexV2, {
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
