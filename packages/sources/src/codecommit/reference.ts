import { describeSource } from '@switchboard/core';
import { type CodecommitEvent, codecommitEventSchema } from './schema.js';
import { codecommit } from './source.js';

/** `codecommit` with its schema, sample event and docs: for tools, tests and `validateEvent`. */
export const codecommitReference = describeSource(codecommit, {
  schema: codecommitEventSchema,
  sample: sampleCodecommitEvent,
  docs: {
    service: 'AWS CodeCommit',
    summary:
      'A repository trigger invokes the function asynchronously when references change (a push, a new or deleted branch or tag), with the changed references and their commits. The return value is ignored.',
    detection: 'The first record has `eventSource` equal to `aws:codecommit`.',
    retries:
      'Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set.',
    limits: [
      {
        name: 'Triggers',
        value: 'at most 10 triggers per repository',
        link: 'https://docs.aws.amazon.com/codecommit/latest/userguide/limits.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with CodeCommit',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html',
      },
      {
        title: 'Create a trigger for a Lambda function',
        url: 'https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html',
      },
    ],
  },
});

function sampleCodecommitEvent(): CodecommitEvent {
  return {
    Records: [
      {
        awsRegion: 'eu-west-1',
        codecommit: {
          references: [{ commit: '9f2b6c1e4a7d3b8c0e5f1a2b3c4d5e6f7a8b9c0d', ref: 'refs/heads/main' }],
        },
        eventId: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
        eventName: 'ReferenceChanges',
        eventPartNumber: 1,
        eventSource: 'aws:codecommit',
        eventSourceARN: 'arn:aws:codecommit:eu-west-1:123456789012:storefront',
        eventTime: '2024-05-14T09:30:12.428+0000',
        eventTotalParts: 1,
        eventTriggerConfigId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
        eventTriggerName: 'deploy-on-push',
        eventVersion: '1.0',
        userIdentityARN: 'arn:aws:iam::123456789012:user/dev-alice',
      },
    ],
  };
}
