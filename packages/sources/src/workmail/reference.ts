import { describeSource } from '@switchboard/core';
import { type WorkmailEvent, workmailEventSchema, workmailResponseSchema } from './schema.js';
import { workmail } from './source.js';

/** `workmail` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const workmailReference = describeSource(workmail, {
  schema: workmailEventSchema,
  response: workmailResponseSchema,
  sample: sampleWorkmailEvent,
  docs: {
    service: 'Amazon WorkMail',
    summary:
      "An email flow rule with a Run Lambda action passes each matching email's summary to the function. A synchronous rule waits and applies the answer's actions (bounce, drop, deliver, bypass the spam check, move to junk) per recipient; an asynchronous rule ignores the answer and does not delay delivery.",
    detection: 'A string `summaryVersion` and an `envelope` object.',
    retries:
      "Synchronous rules: an error, an invalid answer or a timeout is retried with exponential backoff until the rule timeout (at most 240 minutes), then the fallback action applies to every recipient. Asynchronous rules: Lambda's asynchronous retries (two by default), without affecting delivery.",
    limits: [
      {
        name: 'Answer time',
        value: '15 seconds per invocation (synchronous rules)',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-limits',
      },
      {
        name: 'Answer',
        value:
          'up to 256 KB and 10 actions; actions beyond 10 get the fallback action; up to 500 recipients for outbound rules',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-limits',
      },
      {
        name: 'Event size',
        value: '128 KB; above it the recipient list is truncated and `truncated` is true',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data',
      },
    ],
    links: [
      {
        title: 'Configuring AWS Lambda for Amazon WorkMail',
        url: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html',
      },
      {
        title: 'Retrieving message content with AWS Lambda',
        url: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda-content.html',
      },
    ],
  },
});

function sampleWorkmailEvent(): WorkmailEvent {
  return {
    summaryVersion: '2018-10-10',
    envelope: {
      mailFrom: { address: 'jane.doe@example.com' },
      recipients: [{ address: 'support@corp.example.com' }, { address: 'billing@corp.example.com' }],
    },
    subject: 'Invoice INV-20931 for March',
    messageId: '6d3c1b8e-4f2a-4b7c-9e5d-0a1f2b3c4d5e',
    invocationId: '9f8e7d6c5b4a39281716054f3e2d1c0b',
    flowDirection: 'INBOUND',
    truncated: false,
  };
}
