import { describeSource } from '@switchboard/core';
import { type CloudwatchLogsEvent, cloudwatchLogsEventSchema } from './schema.js';
import { cloudwatchLogs, toCloudwatchLogsEvent } from './source.js';

/** `cloudwatchLogs` with its schema, sample event and docs: for tools, tests and `validateEvent`. */
export const cloudwatchLogsReference = describeSource(cloudwatchLogs, {
  schema: cloudwatchLogsEventSchema,
  sample: sampleCloudwatchLogsEvent,
  docs: {
    service: 'Amazon CloudWatch Logs',
    summary:
      'A subscription filter on a log group (or an account-level subscription policy) invokes the function asynchronously with the matching log events, gzip-compressed and base64-encoded in `awslogs.data`; `decodeCloudwatchLogs` reads them. The return value is ignored.',
    detection: 'The event has an `awslogs` object whose `data` is a string.',
    retries:
      'Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set; CloudWatch Logs retries delivery while Lambda throttles or is unavailable.',
    limits: [
      {
        name: 'Subscription filters',
        value: 'at most 2 subscription filters per log group',
        link: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html',
      },
      {
        name: 'Invocation payload',
        value: '1 MB per event (asynchronous invocation limit), counted after compression and base64',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with CloudWatch Logs',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html',
      },
      {
        title: 'Subscription filters with AWS Lambda',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html#LambdaFunctionExample',
      },
    ],
  },
});

function sampleCloudwatchLogsEvent(): CloudwatchLogsEvent {
  return toCloudwatchLogsEvent({
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: '/aws/lambda/checkout-api',
    logStream: '2024/05/14/[$LATEST]4f8d2c1b9e7a4c3d8b6a5f4e3d2c1b0a',
    subscriptionFilters: ['errors-to-alerting'],
    logEvents: [
      {
        id: '38262958201375372398420198127393819271028593028173619200',
        timestamp: 1715679012428,
        message: '2024-05-14T09:30:12.428Z\t7b2c1d0e-3f4a-4b5c-8d6e-9f0a1b2c3d4e\tERROR\tPayment provider timed out',
      },
    ],
  });
}
