import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/**
 * Variant names of well-known AWS events, by `source` then `detail-type`.
 * Keyed by both because a detail-type alone is not unique: any application
 * may send "Object Created", and "AWS API Call via CloudTrail" comes from
 * every `aws.*` source. Any other event is mounted by its exact detail-type.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events.html
 */
export const eventbridgeDetailTypes = {
  'aws.events': { 'Scheduled Event': 'scheduled' },
  'aws.ec2': {
    'EC2 Instance State-change Notification': 'ec2-state-change',
    'EC2 Spot Instance Interruption Warning': 'ec2-spot-interruption-warning',
    'EC2 Instance Rebalance Recommendation': 'ec2-rebalance-recommendation',
  },
  'aws.autoscaling': {
    'EC2 Instance Launch Successful': 'autoscaling-launch-successful',
    'EC2 Instance Launch Unsuccessful': 'autoscaling-launch-unsuccessful',
    'EC2 Instance Terminate Successful': 'autoscaling-terminate-successful',
    'EC2 Instance Terminate Unsuccessful': 'autoscaling-terminate-unsuccessful',
    'EC2 Instance-launch Lifecycle Action': 'autoscaling-launch-lifecycle-action',
    'EC2 Instance-terminate Lifecycle Action': 'autoscaling-terminate-lifecycle-action',
  },
  'aws.s3': {
    'Object Created': 's3-object-created',
    'Object Deleted': 's3-object-deleted',
    'Object Restore Initiated': 's3-object-restore-initiated',
    'Object Restore Completed': 's3-object-restore-completed',
    'Object Restore Expired': 's3-object-restore-expired',
    'Object Tags Added': 's3-object-tags-added',
    'Object Tags Deleted': 's3-object-tags-deleted',
    'Object ACL Updated': 's3-object-acl-updated',
    'Object Storage Class Changed': 's3-object-storage-class-changed',
    'Object Access Tier Changed': 's3-object-access-tier-changed',
  },
  'aws.codebuild': {
    'CodeBuild Build State Change': 'codebuild-state-change',
    'CodeBuild Build Phase Change': 'codebuild-phase-change',
  },
  'aws.codedeploy': {
    'CodeDeploy Deployment State-change Notification': 'codedeploy-deployment-state-change',
    'CodeDeploy Instance State-change Notification': 'codedeploy-instance-state-change',
  },
  'aws.codepipeline': {
    'CodePipeline Pipeline Execution State Change': 'codepipeline-pipeline-execution-state-change',
    'CodePipeline Stage Execution State Change': 'codepipeline-stage-execution-state-change',
    'CodePipeline Action Execution State Change': 'codepipeline-action-execution-state-change',
  },
  'aws.codecommit': { 'CodeCommit Repository State Change': 'codecommit-repository-state-change' },
  'aws.ecr': { 'ECR Image Scan': 'ecr-image-scan', 'ECR Image Action': 'ecr-image-action' },
  'aws.ecs': {
    'ECS Task State Change': 'ecs-task-state-change',
    'ECS Container Instance State Change': 'ecs-container-instance-state-change',
    'ECS Deployment State Change': 'ecs-deployment-state-change',
  },
  'aws.states': { 'Step Functions Execution Status Change': 'step-functions-execution-status-change' },
  'aws.batch': { 'Batch Job State Change': 'batch-job-state-change' },
  'aws.glue': { 'Glue Job State Change': 'glue-job-state-change' },
  'aws.cloudwatch': { 'CloudWatch Alarm State Change': 'cloudwatch-alarm-state-change' },
  'aws.health': { 'AWS Health Event': 'health-event' },
  'aws.guardduty': { 'GuardDuty Finding': 'guardduty-finding' },
  'aws.securityhub': { 'Security Hub Findings - Imported': 'securityhub-findings-imported' },
  'aws.ssm': { 'Parameter Store Change': 'ssm-parameter-store-change' },
  'aws.config': { 'Config Rules Compliance Change': 'config-rules-compliance-change' },
} as const;

type DetailTypeTable = typeof eventbridgeDetailTypes;
/** The variant name of a well-known AWS event (`scheduled`, `ec2-state-change`, `s3-object-created`, ...). */
export type EventbridgeKnownVariant = {
  [Source in keyof DetailTypeTable]: DetailTypeTable[Source][keyof DetailTypeTable[Source]];
}[keyof DetailTypeTable];
/** A known variant name, or any other exact `detail-type` (the string type keeps editor completion of the known ones). */
export type EventbridgeVariant = EventbridgeKnownVariant | (string & Record<never, never>);

// Built once at module load; variantOf only looks up.
const variantsBySource: ReadonlyMap<string, ReadonlyMap<string, EventbridgeKnownVariant>> = new Map(
  Object.entries(eventbridgeDetailTypes).map(([source, byDetailType]) => [
    source,
    new Map<string, EventbridgeKnownVariant>(Object.entries(byDetailType)),
  ]),
);
const knownVariants: readonly EventbridgeVariant[] = [...variantsBySource.values()].flatMap((byDetailType) => [
  ...byDetailType.values(),
]);

/**
 * An EventBridge event as a rule target receives it: every field below is in
 * every event. `detail` is the service's (or application's) payload; its
 * shape depends on `source` and `detail-type`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
 */
export const eventbridgeEventSchema = z.object({
  version: z.string(),
  id: z.string(),
  'detail-type': z.string(),
  source: z.string(),
  account: z.string(),
  time: z.string(),
  region: z.string(),
  resources: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  // Only on events re-sent by an archive replay.
  'replay-name': z.exactOptional(z.string()),
});

export type EventbridgeEvent = z.output<typeof eventbridgeEventSchema>;

/**
 * The variant name of an event: the slug of a well-known AWS event, else its
 * raw `detail-type`. A raw detail-type equal to a slug (an app sending
 * detail-type "scheduled") would share that slug's handler.
 *
 * @example
 * eventbridgeVariantOf('aws.events', 'Scheduled Event') // 'scheduled'
 * eventbridgeVariantOf('com.acme.orders', 'Order Placed') // 'Order Placed'
 */
export function eventbridgeVariantOf(source: string, detailType: string): EventbridgeVariant {
  return variantsBySource.get(source)?.get(detailType) ?? detailType;
}

/**
 * Amazon EventBridge (and CloudWatch Events): a rule invokes the function
 * asynchronously with one event. Mount a variant per detail-type.
 *
 * @example
 * router()
 *   .on(eventbridge.variant('scheduled'), async () => runNightlyJob())
 *   .on(eventbridge.variant('Order Placed'), async (event) => ship(event.detail))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge.html
 */
export const eventbridge = defineSource({
  id: 'eventbridge',
  invocation: 'async',
  // Every EventBridge event has a string `detail-type` and `source` and an object
  // `detail`; no other Lambda caller sends the key `detail-type`. `detail` is required
  // because CloudWatch alarm actions can send `detail-type` with `alarmData` and no
  // `detail` (corpus: example-cloudwatch-alarm-composite-with-suppressor-alarm.json).
  // `version` is not checked: routing needs no more, and some samples omit it
  // (corpus: example-eventbridge-event-obj.json; the schema still requires it, as AWS always sends it).
  detect: (event) =>
    isObject(event) &&
    typeof event['detail-type'] === 'string' &&
    typeof event.source === 'string' &&
    isObject(event.detail),
  schema: eventbridgeEventSchema,
  variants: knownVariants,
  openVariants: true,
  variantOf: (event) => eventbridgeVariantOf(event.source, event['detail-type']),
  sample: sampleEventbridgeEvent,
  docs: {
    service: 'Amazon EventBridge',
    summary:
      'A rule on an event bus (or a schedule rule) invokes the function asynchronously with one event: an envelope of `source`, `detail-type`, `resources` and time, and the payload in `detail`.',
    detection:
      'The event has a string `detail-type`, a string `source` and an object `detail`; the variant is the slug of a well-known AWS detail-type (`scheduled`, `ec2-state-change`, ...) or else the raw `detail-type`.',
    retries:
      "Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. EventBridge itself retries delivery for up to 24 hours (185 attempts by default) only when Lambda cannot accept the event, then uses the rule target's dead-letter queue. The return value is ignored.",
    limits: [
      {
        name: 'Event size',
        value: '256 KB per PutEvents entry',
        link: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/calculate-putevents-entry-size.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with EventBridge',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge.html',
      },
      {
        title: 'EventBridge event structure',
        url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html',
      },
      { title: 'Events from AWS services', url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events.html' },
    ],
  },
});

function sampleEventbridgeEvent(): EventbridgeEvent {
  return {
    version: '0',
    id: '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '123456789012',
    time: '2024-05-14T09:30:12Z',
    region: 'us-east-2',
    resources: ['arn:aws:s3:::acme-invoices'],
    detail: {
      version: '0',
      bucket: { name: 'acme-invoices' },
      object: {
        key: 'invoices/2024/may-1001.pdf',
        size: 48213,
        etag: '0123456789abcdef0123456789abcdef',
        sequencer: '00663F2E1C7A4B5D21',
      },
      'request-id': 'D82B88E5F771F645',
      requester: '123456789012',
      'source-ip-address': '203.0.113.24',
      reason: 'PutObject',
    },
  };
}
