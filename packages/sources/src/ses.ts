import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { firstRecord } from './internal/guards.js';

const verdictSchema = z.object({ status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']) });
const topicArn = z.exactOptional(z.string());

/**
 * The receipt rule action that produced the notification. SES documents
 * one receipt object for every action type, so the schema takes them all;
 * a Lambda action's own event says `Lambda` (corpus: events/rust/example-ses-s3-event.json
 * and example-ses-sns-event.json carry S3 and SNS actions in the same envelope).
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-action-object
 */
export const sesReceiptActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Lambda'),
    functionArn: z.string(),
    invocationType: z.enum(['Event', 'RequestResponse']),
    topicArn,
  }),
  z.object({ type: z.literal('S3'), bucketName: z.string(), objectKey: z.exactOptional(z.string()), topicArn }),
  z.object({ type: z.literal('SNS'), topicArn: z.string(), encoding: z.exactOptional(z.string()) }),
  z.object({
    type: z.literal('Bounce'),
    smtpReplyCode: z.string(),
    statusCode: z.exactOptional(z.string()),
    message: z.string(),
    sender: z.string(),
    topicArn,
  }),
  z.object({ type: z.literal('Stop'), topicArn }),
  z.object({ type: z.literal('WorkMail'), organizationArn: z.string(), topicArn }),
  z.object({ type: z.literal('AddHeader'), headerName: z.string(), headerValue: z.string() }),
]);

const addressList = z.exactOptional(z.array(z.string()));

/** One received email, as a receipt rule's Lambda action delivers it (headers only; the body is stored by an S3 action). */
export const sesRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  eventVersion: z.string(),
  ses: z.object({
    mail: z.object({
      timestamp: z.string(),
      source: z.string(),
      messageId: z.string(),
      destination: z.array(z.string()),
      headersTruncated: z.boolean(),
      headers: z.array(z.object({ name: z.string(), value: z.string() })),
      // Only the headers the email has: a message without Date or Message-ID omits them.
      commonHeaders: z.object({
        returnPath: z.exactOptional(z.string()),
        from: addressList,
        sender: addressList,
        replyTo: addressList,
        to: addressList,
        cc: addressList,
        bcc: addressList,
        date: z.exactOptional(z.string()),
        messageId: z.exactOptional(z.string()),
        subject: z.exactOptional(z.string()),
      }),
    }),
    receipt: z.object({
      timestamp: z.string(),
      processingTimeMillis: z.number(),
      recipients: z.array(z.string()),
      spamVerdict: verdictSchema,
      virusVerdict: verdictSchema,
      spfVerdict: verdictSchema,
      dkimVerdict: verdictSchema,
      // Absent from the SAM CLI sample (corpus: events/sam/ses/SesEmailReceiving.json).
      dmarcVerdict: z.exactOptional(verdictSchema),
      dmarcPolicy: z.exactOptional(z.enum(['none', 'quarantine', 'reject'])),
      action: sesReceiptActionSchema,
    }),
  }),
});

/** The event a receipt rule's Lambda action sends: one record per received email. */
export const sesEventSchema = z.object({ Records: z.array(sesRecordSchema) });

/**
 * The answer SES reads from a RequestResponse Lambda action. Null, nothing
 * or an object without a valid `disposition` means CONTINUE, and an Event
 * invocation's answer is ignored, so the answer may be absent.
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export const sesResponseSchema = z.optional(
  z.nullable(z.object({ disposition: z.enum(['CONTINUE', 'STOP_RULE', 'STOP_RULE_SET']) })),
);

export type SesEvent = z.output<typeof sesEventSchema>;
export type SesRecord = z.output<typeof sesRecordSchema>;
export type SesReceiptAction = z.output<typeof sesReceiptActionSchema>;
export type SesResult = z.output<typeof sesResponseSchema>;
export type SesDisposition = NonNullable<SesResult>['disposition'];

/**
 * Tells SES how to go on with the receipt rule set: `CONTINUE` with the
 * next action, `STOP_RULE` (skip the rule's remaining actions) or
 * `STOP_RULE_SET` (skip everything after). Read only from RequestResponse invocations.
 *
 * @example
 * return toSesDisposition(receipt.spamVerdict.status === 'FAIL' ? 'STOP_RULE_SET' : 'CONTINUE')
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export function toSesDisposition(disposition: SesDisposition): NonNullable<SesResult> {
  return { disposition };
}

/**
 * Amazon SES email receiving: a receipt rule's Lambda action.
 *
 * @example
 * router().on(ses, async (event) => toSesDisposition(event.Records[0]?.ses.receipt.virusVerdict.status === 'FAIL' ? 'STOP_RULE_SET' : 'CONTINUE'))
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export const ses = defineSource({
  id: 'ses',
  invocation: 'sync-or-async',
  // Every SES record says `eventSource: "aws:ses"` (SQS, S3, DynamoDB and Kinesis records name their own service).
  detect: (event) => firstRecord(event)?.eventSource === 'aws:ses',
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
