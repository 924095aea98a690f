import * as z from 'zod/mini';

/**
 * The event AWS Config sends to a custom Lambda rule. `invokingEvent` and
 * `ruleParameters` are JSON strings: `decodeConfigInvokingEvent` and
 * `decodeConfigRuleParameters` read them.
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_lambda-functions.html
 */
export const configEventSchema = z.object({
  invokingEvent: z.string(),
  // Absent when the rule has no parameters.
  ruleParameters: z.exactOptional(z.string()),
  resultToken: z.string(),
  // true when the resource left the rule's scope: its evaluation should be NOT_APPLICABLE.
  eventLeftScope: z.boolean(),
  executionRoleArn: z.string(),
  configRuleArn: z.string(),
  configRuleName: z.string(),
  configRuleId: z.string(),
  accountId: z.string(),
  version: z.string(),
});

export type ConfigEvent = z.output<typeof configEventSchema>;

const nullableString = z.exactOptional(z.nullable(z.string()));

/** The fields of a configuration item that every evaluation needs, and the ones rules read most. */
const configurationItemFields = {
  resourceType: z.string(),
  resourceId: z.string(),
  configurationItemCaptureTime: z.string(),
  configurationItemStatus: z.string(),
  configurationItemVersion: z.exactOptional(z.string()),
  configurationStateId: z.exactOptional(z.number()),
  configurationStateMd5Hash: z.exactOptional(z.string()),
  awsAccountId: z.exactOptional(z.string()),
  awsRegion: z.exactOptional(z.string()),
  availabilityZone: nullableString,
  resourceName: nullableString,
  ARN: nullableString,
  resourceCreationTime: nullableString,
};

/**
 * A configuration item as Config rules receive it. `configuration` is the
 * resource's own description (its shape depends on `resourceType`); it is
 * null for a deleted resource.
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/config-concepts.html#config-items
 */
export const configConfigurationItemSchema = z.object({
  ...configurationItemFields,
  configuration: z.exactOptional(z.nullable(z.unknown())),
  supplementaryConfiguration: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
  tags: z.exactOptional(z.nullable(z.record(z.string(), z.string()))),
  relationships: z.exactOptional(
    z.nullable(
      z.array(
        z.object({
          resourceId: nullableString,
          resourceName: nullableString,
          resourceType: z.string(),
          name: z.string(),
        }),
      ),
    ),
  ),
  relatedEvents: z.exactOptional(z.nullable(z.array(z.string()))),
});

/** A change to a resource in the rule's scope. */
export const configItemChangeSchema = z.object({
  messageType: z.literal('ConfigurationItemChangeNotification'),
  configurationItem: configConfigurationItemSchema,
  configurationItemDiff: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
  notificationCreationTime: z.exactOptional(z.string()),
  recordVersion: z.exactOptional(z.string()),
});

/** A change whose item is too large for Lambda: only its summary (the full item is in S3). */
export const configOversizedItemChangeSchema = z.object({
  messageType: z.literal('OversizedConfigurationItemChangeNotification'),
  configurationItemSummary: z.object({ ...configurationItemFields, changeType: z.exactOptional(z.string()) }),
  s3DeliverySummary: z.exactOptional(z.object({ s3BucketLocation: nullableString, errorCode: nullableString })),
  notificationCreationTime: z.exactOptional(z.string()),
  recordVersion: z.exactOptional(z.string()),
});

/** A periodic rule's trigger: the rule evaluates on a schedule, not on a change. */
export const configScheduledSchema = z.object({
  messageType: z.literal('ScheduledNotification'),
  awsAccountId: z.string(),
  notificationCreationTime: z.string(),
  recordVersion: z.exactOptional(z.string()),
});

/** A periodic rule triggered by the delivery of a configuration snapshot (SourceDetail MessageType). */
export const configSnapshotDeliveredSchema = z.object({
  messageType: z.literal('ConfigurationSnapshotDeliveryCompleted'),
  configSnapshotId: z.string(),
  s3Bucket: z.string(),
  s3ObjectKey: z.string(),
  notificationCreationTime: z.string(),
  recordVersion: z.exactOptional(z.string()),
});

export type ConfigConfigurationItem = z.output<typeof configConfigurationItemSchema>;
export type ConfigItemChangeNotification = z.output<typeof configItemChangeSchema>;
export type ConfigOversizedItemChangeNotification = z.output<typeof configOversizedItemChangeSchema>;
export type ConfigScheduledNotification = z.output<typeof configScheduledSchema>;
export type ConfigSnapshotDeliveredNotification = z.output<typeof configSnapshotDeliveredSchema>;

/**
 * The decoded `invokingEvent`, told apart by `messageType`: the four
 * trigger message types a rule's SourceDetail can name.
 * @see https://docs.aws.amazon.com/config/latest/APIReference/API_SourceDetail.html
 */
export type ConfigInvokingEvent =
  | ConfigItemChangeNotification
  | ConfigOversizedItemChangeNotification
  | ConfigScheduledNotification
  | ConfigSnapshotDeliveredNotification;
