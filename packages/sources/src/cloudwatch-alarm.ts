import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/** An alarm state; `reasonData` is a JSON string (evaluated datapoints, or the triggering child alarms). */
const alarmStateSchema = z.object({
  value: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']),
  reason: z.string(),
  reasonData: z.optional(z.string()),
  timestamp: z.string(),
  // Composite alarms with an actions suppressor: Alarm, WaitPeriod or ExtensionPeriod.
  actionsSuppressedBy: z.optional(z.string()),
  actionsSuppressedReason: z.optional(z.string()),
});

/** One metric data query of a metric alarm: a metric with its statistic, or a math expression. */
const metricQuerySchema = z.object({
  id: z.string(),
  metricStat: z.optional(
    z.object({
      metric: z.object({
        namespace: z.string(),
        name: z.string(),
        dimensions: z.optional(z.record(z.string(), z.string())),
      }),
      period: z.number(),
      stat: z.string(),
      unit: z.optional(z.string()),
    }),
  ),
  expression: z.optional(z.string()),
  label: z.optional(z.string()),
  returnData: z.boolean(),
});

const metricConfigurationSchema = z.object({
  description: z.optional(z.string()),
  metrics: z.array(metricQuerySchema),
});

const compositeConfigurationSchema = z.object({
  alarmRule: z.string(),
  description: z.optional(z.string()),
  actionsSuppressor: z.optional(z.string()),
  actionsSuppressorWaitPeriod: z.optional(z.number()),
  actionsSuppressorExtensionPeriod: z.optional(z.number()),
});

/**
 * The event a CloudWatch alarm's Lambda action sends on a state change.
 * `alarmArn` and `time` are plain strings: AWS's own examples carry stray
 * spaces in them ("us-east-1: 111122223333", "12: 56: 46"), copied by the
 * corpus samples, and a format check would refuse AWS's documentation.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html
 */
export const cloudwatchAlarmEventSchema = z.object({
  source: z.literal('aws.cloudwatch'),
  alarmArn: z.string(),
  accountId: z.string(),
  time: z.string(),
  region: z.string(),
  alarmData: z.object({
    alarmName: z.string(),
    state: alarmStateSchema,
    previousState: alarmStateSchema,
    configuration: z.union([compositeConfigurationSchema, metricConfigurationSchema]),
  }),
});

export type CloudwatchAlarmEvent = z.output<typeof cloudwatchAlarmEventSchema>;
export type CloudwatchAlarmState = z.output<typeof alarmStateSchema>;
/** `metric` for metric alarms (`configuration.metrics`), `composite` for composite alarms (`configuration.alarmRule`). */
export type CloudwatchAlarmVariant = 'metric' | 'composite';

/** A composite alarm's configuration has an `alarmRule`; a metric alarm's has `metrics` instead. */
function alarmKindOf(configuration: unknown): CloudwatchAlarmVariant {
  return isObject(configuration) && typeof configuration.alarmRule === 'string' ? 'composite' : 'metric';
}

/**
 * Amazon CloudWatch alarm actions that invoke a function directly
 * (asynchronously) when an alarm changes state. Mount the `metric` or
 * `composite` variant to handle one kind of alarm.
 *
 * @example
 * router().on(cloudwatchAlarm.variant('metric'), async (event) => page(event.alarmData.alarmName, event.alarmData.state.reason))
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html
 */
export const cloudwatchAlarm = defineSource({
  id: 'cloudwatch-alarm',
  invocation: 'async',
  // Alarm actions send `source: "aws.cloudwatch"` with an `alarmData` object. EventBridge's
  // "CloudWatch Alarm State Change" events have the same `source` but put the alarm in `detail`
  // (the eventbridge detector requires `detail`), so `alarmData` alone tells them apart. Corpus:
  // example-cloudwatch-alarm-{metric,composite}.json, and the hybrid
  // example-cloudwatch-alarm-composite-with-suppressor-alarm.json (claimed, but judged wrong).
  detect: (event) => isObject(event) && event.source === 'aws.cloudwatch' && isObject(event.alarmData),
  schema: cloudwatchAlarmEventSchema,
  variants: ['metric', 'composite'],
  variantOf: (event) => alarmKindOf(event.alarmData.configuration),
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
