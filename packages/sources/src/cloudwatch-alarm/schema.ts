import * as z from 'zod/mini';

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
