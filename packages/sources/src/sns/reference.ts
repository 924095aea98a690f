import { describeSource } from '@switchboard/core';
import { type SnsEvent, snsEventSchema } from './schema.js';
import { sns } from './source.js';

/** `sns` with its schema, sample event and docs, for tools, tests and `validateEvent`. */
export const snsReference = describeSource(sns, {
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
