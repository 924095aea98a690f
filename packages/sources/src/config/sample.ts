import type { ConfigEvent } from './schema.js';

/** A change-triggered rule's event: an S3 bucket's configuration changed. */
export function sampleConfigEvent(): ConfigEvent {
  const invokingEvent = {
    configurationItem: {
      configurationItemCaptureTime: '2024-05-14T09:12:47.318Z',
      awsAccountId: '123456789012',
      configurationItemStatus: 'OK',
      resourceId: 'orders-exports-prod',
      resourceName: 'orders-exports-prod',
      ARN: 'arn:aws:s3:::orders-exports-prod',
      awsRegion: 'us-east-2',
      availabilityZone: 'Regional',
      configurationStateMd5Hash: '',
      resourceCreationTime: '2023-11-02T16:40:03.000Z',
      configurationItemVersion: '1.3',
      configurationStateId: 1715677967318,
      resourceType: 'AWS::S3::Bucket',
      tags: { team: 'orders' },
      relationships: [],
      relatedEvents: [],
      configuration: { name: 'orders-exports-prod', owner: { id: '9f2c6a1e7b3d' } },
      supplementaryConfiguration: {},
    },
    notificationCreationTime: '2024-05-14T09:12:49.902Z',
    messageType: 'ConfigurationItemChangeNotification',
    recordVersion: '1.3',
  };
  return {
    invokingEvent: JSON.stringify(invokingEvent),
    ruleParameters: '{"requiredTag":"team"}',
    resultToken: 'eyJlbmNyeXB0ZWREYXRhIjpbMTEsLTQ1LDg5XSwibWF0ZXJpYWxTZXRTZXJpYWxOdW1iZXIiOjF9',
    eventLeftScope: false,
    executionRoleArn: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
    configRuleArn: 'arn:aws:config:us-east-2:123456789012:config-rule/config-rule-k3v9qa',
    configRuleName: 's3-bucket-has-team-tag',
    configRuleId: 'config-rule-k3v9qa',
    accountId: '123456789012',
    version: '1.0',
  };
}
