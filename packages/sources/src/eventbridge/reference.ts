import { describeSource } from '@switchboard/core';
import { type EventbridgeEvent, eventbridgeEventSchema } from './schema.js';
import { eventbridge } from './source.js';

/** `eventbridge` with its schema, sample event and docs, for tools, tests and `validateEvent`. */
export const eventbridgeReference = describeSource(eventbridge, {
  schema: eventbridgeEventSchema,
  sample: sampleEventbridgeEvent,
  docs: {
    service: 'Amazon EventBridge',
    summary:
      'A rule on an event bus (or a schedule rule) invokes the function asynchronously with one event: an envelope of `source`, `detail-type`, `resources` and time, and the payload in `detail`.',
    detection:
      'The event has a string `detail-type`, a string `source` and an object `detail`; the variant is the slug of a well-known AWS detail-type (`scheduled`, `ec2-state-change`, ...) or else the raw `detail-type`.',
    retries:
      "Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. EventBridge itself retries delivery for up to 24 hours (185 attempts by default) only when Lambda cannot accept the event, then uses the rule target's dead-letter queue. The return value is ignored.",
    limits: [
      {
        name: 'Event size',
        value: '256 KB per PutEvents entry',
        link: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/calculate-putevents-entry-size.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with EventBridge',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge.html',
      },
      {
        title: 'EventBridge event structure',
        url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html',
      },
      { title: 'Events from AWS services', url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events.html' },
    ],
  },
});

function sampleEventbridgeEvent(): EventbridgeEvent {
  return {
    version: '0',
    id: '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '123456789012',
    time: '2024-05-14T09:30:12Z',
    region: 'us-east-2',
    resources: ['arn:aws:s3:::acme-invoices'],
    detail: {
      version: '0',
      bucket: { name: 'acme-invoices' },
      object: {
        key: 'invoices/2024/may-1001.pdf',
        size: 48213,
        etag: '0123456789abcdef0123456789abcdef',
        sequencer: '00663F2E1C7A4B5D21',
      },
      'request-id': 'D82B88E5F771F645',
      requester: '123456789012',
      'source-ip-address': '203.0.113.24',
      reason: 'PutObject',
    },
  };
}
