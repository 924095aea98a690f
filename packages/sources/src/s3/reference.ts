import { describeSource } from '@switchboard/core';
import { type S3Event, s3EventSchema } from './schema.js';
import { s3 } from './source.js';

/** `s3` with its schema, sample event and docs, for tools, tests and `validateEvent`. */
export const s3Reference = describeSource(s3, {
  schema: s3EventSchema,
  sample: sampleS3Event,
  docs: {
    service: 'Amazon S3',
    summary:
      'A bucket notification invokes the function asynchronously when objects are created, removed, restored, replicated, transitioned, tagged or have their ACL changed. Object keys arrive URL-encoded.',
    detection:
      'The first record has `eventSource` equal to `aws:s3`; the variant is the `eventName` family, the part before the first `:` (`ObjectCreated`, `ObjectRemoved`, ...).',
    retries:
      'Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. Notifications are delivered at least once and may arrive out of order: use `sequencer` to order events for one key.',
    limits: [
      {
        name: 'Records per event',
        value: 'one notification per event',
        link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Process Amazon S3 event notifications with Lambda',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
      },
      {
        title: 'Event message structure',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html',
      },
      {
        title: 'Event notification types and destinations',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      },
    ],
  },
});

function sampleS3Event(): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-2',
        eventTime: '2024-05-14T09:30:12.428Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
        requestParameters: { sourceIPAddress: '203.0.113.24' },
        responseElements: {
          'x-amz-request-id': 'D82B88E5F771F645',
          'x-amz-id-2': 'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'invoice-uploaded',
          bucket: {
            name: 'acme-invoices',
            ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' },
            arn: 'arn:aws:s3:::acme-invoices',
          },
          object: {
            key: 'invoices/2024/May+invoice+%231001.pdf',
            size: 48213,
            eTag: '0123456789abcdef0123456789abcdef',
            sequencer: '00663F2E1C7A4B5D21',
          },
        },
      },
    ],
  };
}
