import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource, router, ValidationError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type CloudwatchLogsData,
  cloudwatchLogsReference as cloudwatchLogs,
  decodeCloudwatchLogs,
  toCloudwatchLogsEvent,
} from '@switchboard/sources/cloudwatch-logs';
import type { Context } from 'aws-lambda';

const context = {} as Context;

const data: CloudwatchLogsData = {
  messageType: 'DATA_MESSAGE',
  owner: '210987654321',
  logGroup: '/ecs/payments',
  logStream: 'payments/web/0a1b2c3d4e5f',
  subscriptionFilters: ['payments-errors'],
  logEvents: [
    {
      id: '38262958201375372398420198127393819271028593028173619201',
      timestamp: 1715679000000,
      message: 'card declined',
    },
    {
      id: '38262958201375372398420198127393819271028593028173619202',
      timestamp: 1715679000001,
      message: '[ERROR] 502 upstream',
      extractedFields: { level: 'ERROR', status: '502' },
    },
  ],
};

/** Encodes any JSON value as a subscription filter does: JSON, gzip, base64. */
function awslogs(value: unknown): { awslogs: { data: string } } {
  return { awslogs: { data: gzipSync(Buffer.from(JSON.stringify(value))).toString('base64') } };
}

describe('cloudwatch-logs', () => {
  it('detects its own sample alone, which passes its schema and decodes', () => {
    const sample = cloudwatchLogs.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cloudwatchLogs, variant: undefined });
    expect(checkEvent(cloudwatchLogs, sample)).toEqual([]);
    expect(decodeCloudwatchLogs(sample).logGroup).toBe('/aws/lambda/checkout-api');
  });

  it('decodes base64 gzip JSON it did not encode itself', () => {
    expect(decodeCloudwatchLogs(awslogs(data))).toEqual(data);
  });

  it('decodes a control message, which carries no real log events', () => {
    const control = {
      messageType: 'CONTROL_MESSAGE',
      owner: 'CloudwatchLogs',
      logGroup: '',
      logStream: '',
      subscriptionFilters: [],
      logEvents: [
        { id: '', timestamp: 1715679000000, message: 'CWL CONTROL MESSAGE: Checking health of destination.' },
      ],
    };
    expect(decodeCloudwatchLogs(awslogs(control)).messageType).toBe('CONTROL_MESSAGE');
  });

  it('round-trips through toCloudwatchLogsEvent', () => {
    expect(decodeCloudwatchLogs(toCloudwatchLogsEvent(data))).toEqual(data);
  });

  it('throws a ValidationError at awslogs.data for data that is not gzip', () => {
    const event = { awslogs: { data: Buffer.from('{"plain":"json"}').toString('base64') } };
    expect(() => decodeCloudwatchLogs(event)).toThrow(ValidationError);
    try {
      decodeCloudwatchLogs(event);
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'awslogs.data', message: 'Expected base64-encoded gzip JSON' },
      ]);
    }
  });

  it('names the path inside the decoded data when its shape is wrong, never the values', () => {
    const broken = { ...data, messageType: 'SECRET_VALUE', logEvents: [{ id: 1, timestamp: 2, message: 'm' }] };
    let caught: unknown;
    try {
      decodeCloudwatchLogs(awslogs(broken));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const issues = (caught as ValidationError).issues;
    expect(issues).toEqual([
      { path: 'awslogs.data.messageType', message: 'expected "DATA_MESSAGE" or "CONTROL_MESSAGE"' },
      { path: 'awslogs.data.logEvents[0].id', message: 'expected string' },
    ]);
    expect(JSON.stringify(issues)).not.toContain('SECRET_VALUE');
  });

  it('runs the mounted handler, which decodes the batch, and answers nothing the caller reads', async () => {
    const seen: string[] = [];
    const app = router().on(cloudwatchLogs, async (event) => {
      for (const logEvent of decodeCloudwatchLogs(event).logEvents) seen.push(logEvent.message);
    });
    await expect(app.handler(awslogs(data), context)).resolves.toBeUndefined();
    expect(seen).toEqual(['card declined', '[ERROR] 502 upstream']);
  });

  it.each([
    ['null', null],
    ['awslogs without data', { awslogs: {} }],
    ['awslogs.data that is not a string', { awslogs: { data: 42 } }],
    ['a top-level data string', { data: 'H4sIAAAAAAAAA' }],
    ['a Kinesis record carrying logs', { Records: [{ eventSource: 'aws:kinesis', kinesis: { data: 'H4sI' } }] }],
  ])('does not claim %s', (_name, event) => {
    expect(cloudwatchLogs.detect(event)).toBe(false);
  });
});
