import { describeSource } from '@switchboard/core';
import { type SesEvent, sesEventSchema, sesResponseSchema } from './schema.js';
import { ses } from './source.js';

/** `ses` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const sesReference = describeSource(ses, {
  schema: sesEventSchema,
  response: sesResponseSchema,
  sample: sampleSesEvent,
  docs: {
    service: 'Amazon SES (email receiving)',
    summary:
      "A receipt rule's Lambda action invokes the function with the received email's headers and verdicts. With the RequestResponse invocation type SES waits and reads a disposition that can stop the rule or the rule set; with the Event type (the default) the answer is ignored. `receipt.action.invocationType` says which.",
    detection: 'The first record has `eventSource` equal to `aws:ses`.',
    retries:
      "Event invocations: Lambda's asynchronous retries (two by default), then the destination or dead-letter queue. RequestResponse invocations: the SES guide documents no retry of a failed synchronous call; an answer that is null or has no valid `disposition` counts as CONTINUE.",
    limits: [
      {
        name: 'RequestResponse timeout',
        value: '30 seconds',
        link: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html',
      },
      {
        name: 'Message content',
        value: 'headers only; store the email with an S3 action before the Lambda action to read its body',
        link: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html',
      },
    ],
    links: [
      {
        title: 'Invoke Lambda function action',
        url: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html',
      },
      {
        title: 'Contents of notifications for Amazon SES email receiving',
        url: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html',
      },
      { title: 'Using Lambda with Amazon SES', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-ses.html' },
    ],
  },
});

function sampleSesEvent(): SesEvent {
  const recipient = 'orders@mail.example.com';
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: '2024-03-14T18:21:44.120Z',
            source: 'jane.doe@example.org',
            messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
            destination: [recipient],
            headersTruncated: false,
            headers: [
              { name: 'Return-Path', value: '<jane.doe@example.org>' },
              { name: 'From', value: 'Jane Doe <jane.doe@example.org>' },
              { name: 'To', value: recipient },
              { name: 'Subject', value: 'Order 1001' },
              { name: 'Date', value: 'Thu, 14 Mar 2024 18:21:40 +0000' },
              { name: 'Message-ID', value: '<CAF=order-1001@mail.example.org>' },
            ],
            commonHeaders: {
              returnPath: 'jane.doe@example.org',
              from: ['Jane Doe <jane.doe@example.org>'],
              to: [recipient],
              date: 'Thu, 14 Mar 2024 18:21:40 +0000',
              messageId: '<CAF=order-1001@mail.example.org>',
              subject: 'Order 1001',
            },
          },
          receipt: {
            timestamp: '2024-03-14T18:21:44.120Z',
            processingTimeMillis: 412,
            recipients: [recipient],
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            dmarcPolicy: 'reject',
            action: {
              type: 'Lambda',
              functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:inbound-orders',
              invocationType: 'RequestResponse',
            },
          },
        },
      },
    ],
  };
}
