import { runtimeSource, settling, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import { toDenyPolicy } from '../internal/iam-policy.js';
import type { ApigwHttpAuthorizerEvent, ApigwHttpAuthorizerResult, ApigwHttpAuthorizerVariantTypes } from './schema.js';

/**
 * The simple answer of a format 2.0 authorizer whose `enableSimpleResponses`
 * is on: `isAuthorized`, and a `context` the integration sees as
 * `requestContext.authorizer.lambda`. The answer applies to every route while
 * cached; return a policy for per-route decisions.
 *
 * @example
 * return toHttpSimpleResponse(true, { userId: 'user-1842', scopes: ['orders:read'] })
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v2
 */
export function toHttpSimpleResponse<Context extends Record<string, unknown> = Record<string, never>>(
  isAuthorized: boolean,
  context?: Context,
): { isAuthorized: boolean; context?: Context } {
  return context === undefined ? { isAuthorized } : { isAuthorized, context };
}

/**
 * Format 2.0 names the route in `routeArn` and says `version: "2.0"`;
 * format 1.0 looks like a REST REQUEST authorizer's event but says
 * `version: "1.0"`, which REST and WebSocket authorizers never send (the
 * comment on the REST REQUEST detector has the corpus cases).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format
 */
function isHttpAuthorizerEvent(event: unknown): boolean {
  if (!isObject(event) || event.type !== 'REQUEST') return false;
  if (event.version === '2.0') return typeof event.routeArn === 'string';
  return event.version === '1.0' && typeof event.methodArn === 'string';
}

/**
 * The deny for a call whose handler gave no answer. Format 2.0 authorizers
 * read a simple response or a policy depending on `enableSimpleResponses`,
 * which the event does not show, so the deny carries both: `isAuthorized:
 * false` and a Deny policy for the route. Either reading refuses the request.
 */
function toHttpDeny(event: ApigwHttpAuthorizerEvent): unknown {
  if (event.version === '1.0') return toDenyPolicy('unauthorized', event.methodArn);
  return { isAuthorized: false, ...toDenyPolicy('unauthorized', event.routeArn) };
}

/**
 * Amazon API Gateway HTTP API Lambda authorizers, in payload format 1.0
 * (`v1`, answers an IAM policy) or 2.0 (`v2`, answers the simple response or
 * an IAM policy). Mount on a variant to have the answer type checked for it.
 *
 * A failing handler, an invalid event (with `validateEvent`), an answer of
 * nothing or a handler still running near the timeout all deny (403). HTTP
 * APIs have no "Unauthorized" error convention: `AuthorizerUnauthorizedError`
 * denies like any failure (a function error would be a 500).
 *
 * @example
 * router().on(apigwHttpAuthorizer.variant('v2'), async (event) =>
 *   toHttpSimpleResponse(event.headers?.authorization === expected, { userId: 'user-1842' }))
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export const apigwHttpAuthorizer = withVariantTypes<ApigwHttpAuthorizerVariantTypes>()(
  runtimeSource<ApigwHttpAuthorizerEvent, ApigwHttpAuthorizerResult>()({
    id: 'apigw-http-authorizer',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    detect: isHttpAuthorizerEvent,
    variants: ['v1', 'v2'],
    variantOf: (event) => (event.version === '2.0' ? 'v2' : 'v1'),
    settle: settling((run, event, settle) =>
      settleAuthorizer(run, settle, {
        sourceId: 'apigw-http-authorizer',
        deny: () => toHttpDeny(event),
        rethrowsUnauthorized: false,
      }),
    ),
  }),
);
