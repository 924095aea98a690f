import { gzipSync } from 'node:zlib';
import { runtimeSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { CloudwatchLogsData, CloudwatchLogsEvent } from './schema.js';

/**
 * Encodes log data as a subscription filter sends it (JSON, gzip, base64):
 * the inverse of `decodeCloudwatchLogs`, for tests and local invocations.
 *
 * @example
 * await app.handler(toCloudwatchLogsEvent({ messageType: 'DATA_MESSAGE', ...rest }), context)
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html#LambdaFunctionExample
 */
export function toCloudwatchLogsEvent(data: CloudwatchLogsData): CloudwatchLogsEvent {
  return { awslogs: { data: gzipSync(JSON.stringify(data)).toString('base64') } };
}

/**
 * Amazon CloudWatch Logs subscription filters, which invoke the function
 * asynchronously with batches of log events.
 *
 * @example
 * router().on(cloudwatchLogs, async (event) => { for (const e of decodeCloudwatchLogs(event).logEvents) ship(e.message) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export const cloudwatchLogs = runtimeSource<CloudwatchLogsEvent>()({
  id: 'cloudwatch-logs',
  invocation: 'async',
  // Only subscription filter events have a top-level `awslogs` object (with the string `data`).
  // Corpus: example-cloudwatch_logs-event.json, sam/cloudwatch/CloudwatchLogs.json.
  detect: (event) => isObject(event) && isObject(event.awslogs) && typeof event.awslogs.data === 'string',
});
