import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { firstRecord } from './internal/guards.js';

/** A message attribute: `Type` is `String`, `String.Array`, `Number` or `Binary` (then `Value` is base64). */
const snsMessageAttributeSchema = z.object({ Type: z.string(), Value: z.string() });

/**
 * The notification itself. Lambda deliveries spell `SigningCertUrl` and
 * `UnsubscribeUrl`; the HTTP/S and raw SQS deliveries spell them `...URL`,
 * and events replayed or built from those carry that spelling, so both are
 * accepted. Messages of unsigned topics carry no signature fields at all.
 */
export const snsMessageSchema = z.object({
  Type: z.literal('Notification'),
  MessageId: z.string(),
  TopicArn: z.string(),
  Subject: z.exactOptional(z.nullable(z.string())),
  Message: z.string(),
  Timestamp: z.string(),
  SignatureVersion: z.exactOptional(z.string()),
  Signature: z.exactOptional(z.string()),
  SigningCertUrl: z.exactOptional(z.string()),
  SigningCertURL: z.exactOptional(z.string()),
  UnsubscribeUrl: z.exactOptional(z.string()),
  UnsubscribeURL: z.exactOptional(z.string()),
  MessageAttributes: z.exactOptional(z.record(z.string(), snsMessageAttributeSchema)),
  // FIFO topics only.
  SequenceNumber: z.exactOptional(z.string()),
});

/** One delivery of an SNS notification to the subscribed function. */
export const snsRecordSchema = z.object({
  EventSource: z.literal('aws:sns'),
  EventVersion: z.string(),
  EventSubscriptionArn: z.string(),
  Sns: snsMessageSchema,
});

/** The event SNS sends: in practice one record per invocation. */
export const snsEventSchema = z.object({ Records: z.array(snsRecordSchema) });

export type SnsEvent = z.output<typeof snsEventSchema>;
export type SnsRecord = z.output<typeof snsRecordSchema>;
export type SnsMessage = z.output<typeof snsMessageSchema>;

/**
 * Amazon SNS: a topic subscription invokes the function asynchronously.
 *
 * @example
 * router().on(sns, async (event) => {
 *   for (const record of event.Records) await notify(JSON.parse(record.Sns.Message))
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export const sns = defineSource({
  id: 'sns',
  invocation: 'async',
  // SNS records say `EventSource: "aws:sns"` in Pascal case; every other `Records`
  // source (SQS, S3, Kinesis, DynamoDB, SES, CodeCommit) uses camel-case `eventSource`.
  // CloudWatch alarms delivered through a topic are SNS events too (corpus:
  // example-cloudwatch-alarm-sns-payload-*): the alarm is the `Message` text.
  detect: (event) => firstRecord(event)?.EventSource === 'aws:sns',
  schema: snsEventSchema,
  sample: sampleSnsEvent,
  docs: {
    service: 'Amazon SNS',
    summary:
      'A topic subscription invokes the function asynchronously with one notification; the payload is the `Message` string (often JSON) with its `MessageAttributes`.',
    detection: 'The first record has `EventSource` (Pascal case) equal to `aws:sns`.',
    retries:
      'SNS hands the event to Lambda asynchronously (SNS itself retries only when Lambda cannot accept it). A thrown error makes Lambda retry twice by default (configurable 0 to 2, maximum event age up to 6 hours), then send the event to the on-failure destination or dead-letter queue if one is set; otherwise it is dropped. The return value is ignored.',
    limits: [
      {
        name: 'Message size',
        value: 'up to 256 KiB, attributes included',
        link: 'https://docs.aws.amazon.com/general/latest/gr/sns.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Invoking Lambda functions with Amazon SNS',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html',
      },
      {
        title: 'Amazon SNS message delivery retries',
        url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html',
      },
    ],
  },
});

function sampleSnsEvent(): SnsEvent {
  const topicArn = 'arn:aws:sns:us-east-2:123456789012:order-events';
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topicArn}:4f5a6b1e-3c2d-4e8f-9a0b-1c2d3e4f5a6b`,
        Sns: {
          Type: 'Notification',
          MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
          TopicArn: topicArn,
          Subject: 'Order shipped',
          Message: '{"orderId":"o-1001","status":"SHIPPED"}',
          Timestamp: '2024-05-14T09:30:12.428Z',
          SignatureVersion: '1',
          Signature:
            'yt31jETASwq1BmDe0ShxCARWt7jgWWE6L/zfJle4PWjWBP+lzM7sPdMmhHt6DwjT0WaPHoFj5w9udJ+epZrJL6Dg0m5TuqnJaKWFJqsHS4rNkTY3ZjFm7pcbw+P7O9D5',
          SigningCertUrl:
            'https://sns.us-east-2.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem',
          UnsubscribeUrl: `https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:4f5a6b1e-3c2d-4e8f-9a0b-1c2d3e4f5a6b`,
          MessageAttributes: { eventType: { Type: 'String', Value: 'order.shipped' } },
        },
      },
    ],
  };
}
