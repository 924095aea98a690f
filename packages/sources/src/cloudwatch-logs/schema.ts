import * as z from 'zod/mini';

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
