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
