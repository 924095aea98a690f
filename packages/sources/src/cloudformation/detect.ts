import { isObject } from '../internal/guards.js';

const requestTypes: ReadonlySet<unknown> = new Set(['Create', 'Update', 'Delete']);

/**
 * A custom resource request: `RequestType` is one of Create, Update, Delete
 * and `StackId`, `RequestId`, `LogicalResourceId`, `ResourceType` are
 * strings. These five are required in every request CloudFormation sends
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html)
 * and are the ones the CDK provider framework forwards to `onEvent`, which
 * may lack `ResponseURL` and `ServiceToken` (corpus:
 * example-cloudformation-custom-resource-provider-create-request.json).
 * No other AWS caller sends them together: macros and hooks use camel case.
 */
export function isCloudformationEvent(event: unknown): boolean {
  if (!isObject(event) || !requestTypes.has(event.RequestType)) return false;
  return (
    typeof event.StackId === 'string' &&
    typeof event.RequestId === 'string' &&
    typeof event.LogicalResourceId === 'string' &&
    typeof event.ResourceType === 'string'
  );
}
