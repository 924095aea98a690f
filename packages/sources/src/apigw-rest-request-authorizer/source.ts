import { runtimeSource, settling, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import { toDenyPolicy } from '../internal/iam-policy.js';
import type {
  ApigwRestRequestAuthorizerEvent,
  ApigwRestRequestAuthorizerResult,
  ApigwRestRequestAuthorizerVariantTypes,
} from './schema.js';

/**
 * HTTP API authorizers in payload format 1.0 send this same event plus
 * `version: "1.0"` (and `identitySource`, `authorizationToken`); REST and
 * WebSocket authorizers send no `version`, so "1.0" is what tells them apart.
 * Corpus: example-apigw-v2-custom-authorizer-v1-request.json (HTTP API 1.0)
 * against example-apigw-custom-auth-request-type-request.json (REST). The
 * WebSocket capture example-apigw-v2-custom-authorizer-websocket-request.json
 * carries `version: "$LATEST"`, a Lambda context field mixed into that
 * fixture, which is why only the exact "1.0" is refused.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format
 */
function isRestRequestAuthorizerEvent(event: unknown): boolean {
  return isObject(event) && event.type === 'REQUEST' && typeof event.methodArn === 'string' && event.version !== '1.0';
}

/**
 * WebSocket request contexts carry the connection; REST ones never do. Read
 * defensively: the router asks before validating, and a malformed event must
 * still reach `settle` to be denied.
 */
function variantOf(event: ApigwRestRequestAuthorizerEvent): 'rest' | 'websocket' {
  const context: unknown = event.requestContext;
  return isObject(context) && context.connectionId !== undefined ? 'websocket' : 'rest';
}

/**
 * Amazon API Gateway Lambda authorizers of type REQUEST, for REST API
 * methods (`rest`) and WebSocket APIs' `$connect` route (`websocket`).
 *
 * A failing handler, an invalid event (with `validateEvent`), an answer of
 * nothing or a handler still running near the timeout all answer a Deny
 * policy for the method (403). Throw `AuthorizerUnauthorizedError` (or an
 * Error whose message is exactly "Unauthorized") for a 401 instead.
 *
 * @example
 * router().on(apigwRestRequestAuthorizer, async (event) =>
 *   event.headers?.authorization === expected ? toAllowPolicy('user-1842', event) : toDenyPolicy('anonymous', event))
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
export const apigwRestRequestAuthorizer = withVariantTypes<ApigwRestRequestAuthorizerVariantTypes>()(
  runtimeSource<ApigwRestRequestAuthorizerEvent, ApigwRestRequestAuthorizerResult>()({
    id: 'apigw-rest-request-authorizer',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // `type: "REQUEST"` with a `methodArn`, and not HTTP API format 1.0: see isRestRequestAuthorizerEvent.
    // HTTP API format 2.0 names the route in `routeArn` instead of `methodArn`.
    detect: isRestRequestAuthorizerEvent,
    variants: ['rest', 'websocket'],
    variantOf,
    settle: settling((run, event, settle) =>
      settleAuthorizer(run, settle, {
        sourceId: 'apigw-rest-request-authorizer',
        deny: () => toDenyPolicy('unauthorized', event.methodArn),
        rethrowsUnauthorized: true,
      }),
    ),
  }),
);
