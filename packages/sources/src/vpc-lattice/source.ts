import { type HttpResponse, runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { toStatusLineResult } from '../internal/status-line-result.js';
import type { VpcLatticeEvent, VpcLatticeResult, VpcLatticeVariantTypes } from './schema.js';

/**
 * A VPC Lattice request: version 1 is the only AWS event with a snake-case
 * `raw_path`; version 2 says `version: "2.0"` with the target group's ARN at
 * the top of `requestContext` (ALB nests its own under `requestContext.elb`,
 * HTTP APIs and function URLs have no `targetGroupArn`).
 * No corpus event: the shapes come from the VPC Lattice user guide.
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
export function isVpcLatticeEvent(event: unknown): boolean {
  if (!isObject(event) || typeof event.method !== 'string') return false;
  if (typeof event.raw_path === 'string') return true;
  const context = event.requestContext;
  return event.version === '2.0' && isObject(context) && typeof context.targetGroupArn === 'string';
}

/**
 * Writes a dialect-neutral `HttpResponse` as a VPC Lattice answer (both
 * structure versions read the same one): header names lower-cased, repeated
 * values joined with `, `, `statusDescription` the status line ("200 OK"),
 * bytes base64 with `isBase64Encoded: true`. Header values are single
 * strings, so only the first cookie can be sent; the others are dropped.
 * The event is accepted so every HTTP builder takes `(response, event)`.
 *
 * @example
 * router().on(vpcLattice, async (event) => toVpcLatticeResult({ status: 200, body: 'ok' }, event))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export function toVpcLatticeResult(response: HttpResponse, _event?: VpcLatticeEvent): VpcLatticeResult {
  return toStatusLineResult(response);
}

/**
 * Amazon VPC Lattice: a Lambda function registered as a target of a VPC Lattice target group.
 *
 * @example
 * router().on(vpcLattice.variant('v2'), async (event) => toVpcLatticeResult({ status: 200, body: event.path }, event))
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export const vpcLattice = withVariantTypes<VpcLatticeVariantTypes>()(
  runtimeSource<VpcLatticeEvent, VpcLatticeResult>()({
    id: 'vpc-lattice',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // `raw_path` (v1) or `version: "2.0"` with `requestContext.targetGroupArn` (v2): see isVpcLatticeEvent.
    detect: isVpcLatticeEvent,
    variants: ['v1', 'v2'],
    variantOf: (event) => ('raw_path' in event ? 'v1' : 'v2'),
  }),
);
