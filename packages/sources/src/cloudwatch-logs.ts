import { gunzipSync, gzipSync } from 'node:zlib';
import { defineSource, formatPath, listIssues, ValidationError } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/**
 * The event a CloudWatch Logs subscription filter sends: the log data,
 * gzip-compressed and base64-encoded, in `awslogs.data` (read it with
 * `decodeCloudwatchLogs`).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html#LambdaFunctionExample
 */
export const cloudwatchLogsEventSchema = z.object({ awslogs: z.object({ data: z.string() }) });

/**
 * The decoded log data. `DATA_MESSAGE` carries log events; `CONTROL_MESSAGE`
 * is CloudWatch Logs checking that the destination is reachable (no real log
 * events, empty group and stream). `extractedFields` appears when the filter
 * pattern names fields; `policyLevel` when an account-level policy sent it.
 */
export const cloudwatchLogsDataSchema = z.object({
  messageType: z.enum(['DATA_MESSAGE', 'CONTROL_MESSAGE']),
  owner: z.string(),
  logGroup: z.string(),
  logStream: z.string(),
  subscriptionFilters: z.array(z.string()),
  logEvents: z.array(
    z.object({
      id: z.string(),
      timestamp: z.number(),
      message: z.string(),
      extractedFields: z.optional(z.record(z.string(), z.string())),
    }),
  ),
  policyLevel: z.optional(z.string()),
});

export type CloudwatchLogsEvent = z.output<typeof cloudwatchLogsEventSchema>;
export type CloudwatchLogsData = z.output<typeof cloudwatchLogsDataSchema>;
export type CloudwatchLogsLogEvent = CloudwatchLogsData['logEvents'][number];

const dataPath = ['awslogs', 'data'] as const;

/**
 * Decodes `awslogs.data` (base64, then gzip, then JSON) and checks it against
 * `cloudwatchLogsDataSchema`.
 *
 * @throws ValidationError (source `cloudwatch-logs`) when the data is not
 *   base64 gzip JSON or does not have the documented shape; issue paths
 *   start at `awslogs.data`.
 * @example
 * const { logGroup, logEvents } = decodeCloudwatchLogs(event)
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html#LambdaFunctionExample
 */
export function decodeCloudwatchLogs(event: CloudwatchLogsEvent): CloudwatchLogsData {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'));
  } catch {
    throw invalidData([{ path: formatPath(dataPath), message: 'Expected base64-encoded gzip JSON' }]);
  }
  const issues = listIssues(cloudwatchLogsDataSchema, json, dataPath);
  if (issues.length > 0) throw invalidData(issues);
  return json as CloudwatchLogsData;
}

function invalidData(issues: ValidationError['issues']): ValidationError {
  return new ValidationError('cloudwatch-logs', 'event', issues);
}

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
export const cloudwatchLogs = defineSource({
  id: 'cloudwatch-logs',
  invocation: 'async',
  // Only subscription filter events have a top-level `awslogs` object (with the string `data`).
  // Corpus: example-cloudwatch_logs-event.json, sam/cloudwatch/CloudwatchLogs.json.
  detect: (event) => isObject(event) && isObject(event.awslogs) && typeof event.awslogs.data === 'string',
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
