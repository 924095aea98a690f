import { type HttpResponse, runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { toWireBody } from '../internal/http-body.js';
import { requestContextOf } from '../internal/http-detection.js';
import { collectHeaderFields } from '../internal/http-headers.js';
import { toStatusLine } from '../internal/http-status-text.js';
import { toStatusLineResult } from '../internal/status-line-result.js';
import type { AlbEvent, AlbResult } from './schema.js';

/** Multi-value headers are a target group setting; the request shows it by carrying `multiValueHeaders`. */
function isMultiValueRequest(event: { readonly multiValueHeaders?: unknown }): boolean {
  return event.multiValueHeaders !== undefined;
}

/**
 * Writes a dialect-neutral `HttpResponse` as an ALB answer, in the mode the
 * request shows: `multiValueHeaders` (every value, one `set-cookie` per
 * cookie) iff the request had them, else `headers` with repeated values
 * joined by `, `. A single-value `headers` map can hold one `set-cookie`
 * only: the first cookie is sent and the others are dropped, so enable
 * multi-value headers on the target group to set several cookies.
 * `statusDescription` is the status line ("200 OK"); bytes are base64.
 *
 * @example
 * router().on(alb, async (event) => toAlbResult({ status: 200, cookies: ['sid=abc; HttpOnly'], body: 'ok' }, event))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers
 */
export function toAlbResult(response: HttpResponse, event: { readonly multiValueHeaders?: unknown }): AlbResult {
  if (isMultiValueRequest(event)) {
    const { fields, cookies } = collectHeaderFields(response);
    const status = { statusCode: response.status, statusDescription: toStatusLine(response.status) };
    const multiValueHeaders: Record<string, string[]> = Object.fromEntries(
      Array.from(fields, ([name, values]) => [name, [...values]]),
    );
    if (cookies.length > 0) multiValueHeaders['set-cookie'] = [...cookies];
    return { ...status, multiValueHeaders, ...toWireBody(response.body) };
  }
  return toStatusLineResult(response);
}

/**
 * Elastic Load Balancing: an Application Load Balancer with a Lambda target group.
 *
 * @example
 * router().on(alb, async (event) => toAlbResult({ status: 200, body: `hello ${event.path}` }, event))
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export const alb = runtimeSource<AlbEvent, AlbResult>()({
  id: 'alb',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // Only ALB puts `elb` (with the target group's ARN) in `requestContext`:
  // API Gateway's context has account, API and stage ids, VPC Lattice's has
  // `serviceNetworkArn`/`targetGroupArn` at its top.
  detect: (event) => isObject(event) && isObject(requestContextOf(event)?.elb),
  variants: ['single', 'multi-value'],
  variantOf: (event) => (isMultiValueRequest(event) ? 'multi-value' : 'single'),
});
