import { runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { cloudfrontVariantOf, isCloudFrontEvent } from './detect.js';
import { cloudfrontEventTypes } from './event-types.js';
import type {
  CloudFrontEvent,
  CloudFrontRequestEvent,
  CloudFrontRequestResult,
  CloudFrontResponseEvent,
  CloudFrontResponseResult,
  CloudFrontResult,
} from './schema.js';

/** Each trigger's own event and answer: request events may answer a request or a response. */
export type CloudFrontVariantTypes = {
  readonly 'viewer-request': { readonly event: CloudFrontRequestEvent; readonly result: CloudFrontRequestResult };
  readonly 'origin-request': { readonly event: CloudFrontRequestEvent; readonly result: CloudFrontRequestResult };
  readonly 'origin-response': { readonly event: CloudFrontResponseEvent; readonly result: CloudFrontResponseResult };
  readonly 'viewer-response': { readonly event: CloudFrontResponseEvent; readonly result: CloudFrontResponseResult };
};

/**
 * A handler that returns nothing continues unchanged: CloudFront needs an
 * answer, and the event's own request (or response) is the unchanged one.
 */
function toCloudFrontAnswer(result: CloudFrontResult, event: CloudFrontEvent): unknown {
  if (result !== undefined && result !== null) return result;
  const cf = event.Records[0]?.cf;
  return cf?.response ?? cf?.request;
}

/**
 * Amazon CloudFront Lambda@Edge: a function associated with a cache
 * behavior's viewer-request, origin-request, origin-response or
 * viewer-response trigger.
 *
 * @example
 * router()
 *   .on(cloudfront.variant('viewer-request'), async (event) => toCloudFrontRequest(event, { headers: { 'x-edge': '1' } }))
 *   .on(cloudfront.variant('origin-response'), async (event) => event.Records[0]?.cf.response)
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html
 */
export const cloudfront = withVariantTypes<CloudFrontVariantTypes>()(
  runtimeSource<CloudFrontEvent, CloudFrontResult>()({
    id: 'cloudfront',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // Only Lambda@Edge records hold a `cf` object; the reasons are in ./detect.ts.
    detect: isCloudFrontEvent,
    variants: cloudfrontEventTypes,
    variantOf: cloudfrontVariantOf,
    toResult: toCloudFrontAnswer,
  }),
);
