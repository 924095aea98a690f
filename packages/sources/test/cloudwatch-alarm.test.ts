import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type CloudwatchAlarmEvent,
  cloudwatchAlarmReference as cloudwatchAlarm,
} from '@switchboard/sources/cloudwatch-alarm';
import { eventbridgeReference as eventbridge } from '@switchboard/sources/eventbridge';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function compositeAlarm(): CloudwatchAlarmEvent {
  const sample = cloudwatchAlarm.sample();
  return {
    ...sample,
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-degraded',
    alarmData: {
      ...sample.alarmData,
      alarmName: 'checkout-degraded',
      configuration: {
        alarmRule: 'ALARM(checkout-api-p99-latency) OR ALARM(checkout-api-5xx)',
        actionsSuppressor: 'checkout-maintenance-window',
        actionsSuppressorWaitPeriod: 120,
        actionsSuppressorExtensionPeriod: 180,
      },
    },
  };
}

describe('cloudwatch-alarm', () => {
  it('detects its sample alone as a metric alarm, and the sample passes the schema', () => {
    const sample = cloudwatchAlarm.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cloudwatchAlarm, variant: 'metric' });
    expect(checkEvent(cloudwatchAlarm, sample)).toEqual([]);
  });

  it('reads a configuration with alarmRule as the composite variant', () => {
    const event = compositeAlarm();
    expect(detectSource(allSources, event)).toEqual({ source: cloudwatchAlarm, variant: 'composite' });
    expect(checkEvent(cloudwatchAlarm, event)).toEqual([]);
  });

  it('routes metric and composite alarms to their variant handlers', async () => {
    const handled: string[] = [];
    const app = router()
      .on(cloudwatchAlarm.variant('metric'), async (event) => {
        handled.push(`metric ${event.alarmData.alarmName}`);
      })
      .on(cloudwatchAlarm.variant('composite'), async (event) => {
        handled.push(`composite ${event.alarmData.alarmName}`);
      });
    await app.handler(cloudwatchAlarm.sample(), context);
    await app.handler(compositeAlarm(), context);
    expect(handled).toEqual(['metric checkout-api-p99-latency', 'composite checkout-degraded']);
  });

  it('accepts the stray spaces of the ARN and time in AWS documentation examples', () => {
    const event = {
      ...cloudwatchAlarm.sample(),
      alarmArn: 'arn:aws:cloudwatch:us-east-1: 444455556666:alarm:lambda-demo-metric-alarm',
      time: '2023-08-04T12: 36: 15.490+0000',
    };
    expect(checkEvent(cloudwatchAlarm, event)).toEqual([]);
  });

  it('leaves EventBridge alarm state changes (alarm in detail) to eventbridge', () => {
    const { alarmData, alarmArn, accountId, ...envelope } = cloudwatchAlarm.sample();
    const stateChange = {
      ...envelope,
      version: '0',
      id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
      'detail-type': 'CloudWatch Alarm State Change',
      account: accountId,
      resources: [alarmArn],
      detail: alarmData,
    };
    expect(cloudwatchAlarm.detect(stateChange)).toBe(false);
    expect(detectSource(allSources, stateChange)?.source).toBe(eventbridge);
  });

  it('claims an EventBridge-shaped envelope around alarmData, but its schema refuses the missing alarmArn and accountId', () => {
    const { alarmArn: _arn, accountId, ...rest } = cloudwatchAlarm.sample();
    const hybrid = {
      ...rest,
      version: '0',
      id: 'd3dfc86d',
      'detail-type': 'CloudWatch Alarm State Change',
      account: accountId,
    };
    expect(cloudwatchAlarm.detect(hybrid)).toBe(true);
    expect(checkEvent(cloudwatchAlarm, hybrid).map((issue) => issue.path)).toEqual(['alarmArn', 'accountId']);
  });

  it.each([
    ['null', null],
    ['an alarm without alarmData', { source: 'aws.cloudwatch', alarmArn: 'arn:aws:cloudwatch:eu-west-1:1:alarm:a' }],
    ['alarmData from another source', { ...cloudwatchAlarm.sample(), source: 'aws.events' }],
    ['alarmData that is a string', { ...cloudwatchAlarm.sample(), alarmData: '{}' }],
  ])('does not claim %s', (_name, event) => {
    expect(cloudwatchAlarm.detect(event)).toBe(false);
  });
});
