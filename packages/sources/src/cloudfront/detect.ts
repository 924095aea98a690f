import { firstRecord, isObject } from '../internal/guards.js';
import type { CloudFrontEventType } from './event-types.js';

/**
 * Only Lambda@Edge puts a `cf` object (with its `config`) in its record;
 * every other `Records` source names itself with `eventSource`/`EventSource`.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export function isCloudFrontEvent(event: unknown): boolean {
  const cf = cfOf(event);
  return cf !== undefined && isObject(cf.config);
}

/**
 * The trigger that sent the event: `config.eventType` when present. The
 * older, legacy shape has no `eventType` (corpus: the SAM templates in
 * events/sam/cloudfront/); for it the shape decides, as the corpus manifest
 * labels those files: a `response` makes it a response event, a
 * `request.origin` (the origin CloudFront will call) an origin event, and
 * otherwise a viewer event. A response without its request (corpus:
 * CloudFrontModifyResponseHeader.json) cannot be told: `undefined`.
 *
 * @example
 * cloudfrontVariantOf(event) // 'origin-request'
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export function cloudfrontVariantOf(event: unknown): CloudFrontEventType | undefined {
  const cf = cfOf(event);
  if (cf === undefined) return undefined;
  const eventType = isObject(cf.config) ? cf.config.eventType : undefined;
  if (typeof eventType === 'string') return eventType as CloudFrontEventType;
  const request = cf.request;
  if (!isObject(request)) return undefined;
  const side = request.origin === undefined ? 'viewer' : 'origin';
  return cf.response === undefined ? `${side}-request` : `${side}-response`;
}

function cfOf(event: unknown): Record<string, unknown> | undefined {
  const cf = firstRecord(event)?.cf;
  return isObject(cf) ? cf : undefined;
}
