/**
 * The decoder of CloudWatch Logs data. It checks the data against its schema,
 * so it lives apart from the runtime source: a function that mounts
 * `cloudwatchLogs` and never decodes carries no schema.
 */
import { gunzipSync } from 'node:zlib';
import { formatPath, listIssues, ValidationError } from '@switchboard/core';
import { type CloudwatchLogsData, type CloudwatchLogsEvent, cloudwatchLogsDataSchema } from './schema.js';

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
