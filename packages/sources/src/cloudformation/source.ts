import { runtimeSource, settling, withVariantTypes } from '@switchboard/core';
import { isCloudformationEvent } from './detect.js';
import type {
  CloudformationCreateEvent,
  CloudformationDeleteEvent,
  CloudformationEvent,
  CloudformationResult,
  CloudformationUpdateEvent,
} from './schema.js';
import { settleCloudformation } from './settle.js';

type Answer = CloudformationResult | undefined;

/** Each request type's own event: `Update` carries `OldResourceProperties`, `Update` and `Delete` a `PhysicalResourceId`. */
export type CloudformationVariantTypes = {
  Create: { event: CloudformationCreateEvent; result: Answer };
  Update: { event: CloudformationUpdateEvent; result: Answer };
  Delete: { event: CloudformationDeleteEvent; result: Answer };
};

/**
 * AWS CloudFormation custom resources backed by Lambda. The handler returns
 * `{ PhysicalResourceId?, Data?, NoEcho?, Reason? }` (or nothing) and throws
 * to fail; Switchboard PUTs the answer to the presigned `ResponseURL` on
 * every path, including a handler about to time out.
 *
 * @example
 * router().on(cloudformation.variant('Create'), async (event) => ({
 *   PhysicalResourceId: await createTopic(event.ResourceProperties),
 *   Data: { Region: 'us-east-1' },
 * }))
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-custom-resources-lambda.html
 */
export const cloudformation = withVariantTypes<CloudformationVariantTypes>()(
  runtimeSource<CloudformationEvent, Answer>()({
    id: 'cloudformation',
    invocation: 'async',
    detect: isCloudformationEvent,
    variants: ['Create', 'Update', 'Delete'],
    variantOf: (event) => event.RequestType,
    settle: settling(settleCloudformation),
  }),
);
