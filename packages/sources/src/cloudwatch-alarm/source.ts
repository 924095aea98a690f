import { runtimeSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { CloudwatchAlarmEvent, CloudwatchAlarmVariant } from './schema.js';

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
export const cloudwatchAlarm = runtimeSource<CloudwatchAlarmEvent>()({
  id: 'cloudwatch-alarm',
  invocation: 'async',
  // Alarm actions send `source: "aws.cloudwatch"` with an `alarmData` object. EventBridge's
  // "CloudWatch Alarm State Change" events have the same `source` but put the alarm in `detail`
  // (the eventbridge detector requires `detail`), so `alarmData` alone tells them apart. Corpus:
  // example-cloudwatch-alarm-{metric,composite}.json, and the hybrid
  // example-cloudwatch-alarm-composite-with-suppressor-alarm.json (claimed, but judged wrong).
  detect: (event) => isObject(event) && event.source === 'aws.cloudwatch' && isObject(event.alarmData),
  variants: ['metric', 'composite'],
  variantOf: (event) => alarmKindOf(event.alarmData.configuration),
});
