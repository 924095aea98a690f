import { describeSource } from '@switchboard/core';
import { type CloudwatchAlarmEvent, cloudwatchAlarmEventSchema } from './schema.js';
import { cloudwatchAlarm } from './source.js';

/** `cloudwatchAlarm` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const cloudwatchAlarmReference = describeSource(cloudwatchAlarm, {
  schema: cloudwatchAlarmEventSchema,
  sample: sampleCloudwatchAlarmEvent,
  docs: {
    service: 'Amazon CloudWatch',
    summary:
      "An alarm whose action is a Lambda function invokes it asynchronously on each state change, with the alarm's new and previous state and its configuration (metric queries, or a composite alarm's rule). The return value is ignored.",
    detection:
      'The event has `source` equal to `aws.cloudwatch` and an `alarmData` object; a configuration with `alarmRule` is the `composite` variant, otherwise `metric`.',
    retries:
      'CloudWatch retries until Lambda accepts the event; Lambda then retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours) and sends the event to the on-failure destination or dead-letter queue if one is set.',
    limits: [
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
      {
        name: 'Actions per alarm state',
        value: 'up to 5 actions for each of ALARM, OK and INSUFFICIENT_DATA',
        link: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html',
      },
    ],
    links: [
      {
        title: 'Invoke a Lambda function from an alarm',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html',
      },
      {
        title: 'Alarm events and EventBridge',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-and-eventbridge.html',
      },
    ],
  },
});

function sampleCloudwatchAlarmEvent(): CloudwatchAlarmEvent {
  return {
    source: 'aws.cloudwatch',
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-api-p99-latency',
    accountId: '123456789012',
    time: '2024-05-14T09:30:12.428+0000',
    region: 'eu-west-1',
    alarmData: {
      alarmName: 'checkout-api-p99-latency',
      state: {
        value: 'ALARM',
        reason:
          'Threshold Crossed: 3 out of the last 3 datapoints were greater than the threshold (1500.0) (minimum 3 datapoints for OK -> ALARM transition).',
        reasonData:
          '{"version":"1.0","queryDate":"2024-05-14T09:30:12.420+0000","statistic":"p99","period":60,"recentDatapoints":[1610.2,1702.9,1655.0],"threshold":1500.0}',
        timestamp: '2024-05-14T09:30:12.428+0000',
      },
      previousState: {
        value: 'OK',
        reason: 'Threshold Crossed: 1 datapoint [812.4] was not greater than the threshold (1500.0).',
        timestamp: '2024-05-14T08:02:44.101+0000',
      },
      configuration: {
        description: 'p99 latency of the checkout API above 1.5 s',
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: { namespace: 'AWS/ApiGateway', name: 'Latency', dimensions: { ApiName: 'checkout-api' } },
              period: 60,
              stat: 'p99',
              unit: 'Milliseconds',
            },
            returnData: true,
          },
        ],
      },
    },
  };
}
