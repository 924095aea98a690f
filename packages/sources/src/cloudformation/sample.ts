import type { CloudformationEvent } from './schema.js';

const functionArn = 'arn:aws:lambda:us-east-1:123456789012:function:orders-stack-TopicPolicyFunction-9Xk2LmQ4pR7s';
const stackId = 'arn:aws:cloudformation:us-east-1:123456789012:stack/orders-stack/5b6e4c50-0a7e-11ef-9d6c-0e8f1a2b3c4d';

/** A Create request as CloudFormation sends it to a Lambda-backed custom resource. */
export function sampleCloudformationEvent(): CloudformationEvent {
  const requestId = 'd6a7c3b2-4e1f-4a8b-9c2d-7e5f1a3b9c04';
  return {
    RequestType: 'Create',
    ServiceToken: functionArn,
    ResponseURL:
      'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/' +
      `${encodeURIComponent(`${stackId}|TopicPolicy|${requestId}`)}` +
      '?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240501T120000Z&X-Amz-SignedHeaders=host' +
      '&X-Amz-Expires=7200&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Fus-east-1%2Fs3%2Faws4_request' +
      '&X-Amz-Signature=3f1c9a7b2e5d8f0a4c6b1e3d5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d2f4a',
    StackId: stackId,
    RequestId: requestId,
    ResourceType: 'Custom::TopicPolicy',
    LogicalResourceId: 'TopicPolicy',
    ResourceProperties: {
      ServiceToken: functionArn,
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:order-events',
      AllowedAccounts: ['210987654321'],
    },
  };
}
