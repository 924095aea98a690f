import { defineSource, withVariantTypes } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import { toDenyPolicy } from '../internal/iam-policy.js';
import { sampleApigwRestRequestAuthorizerEvent } from './sample.js';
import {
  type ApigwRestRequestAuthorizerEvent,
  type ApigwRestRequestAuthorizerVariantTypes,
  apigwRestRequestAuthorizerEventSchema,
  apigwRestRequestAuthorizerResponseSchema,
} from './schema.js';

export * from '../internal/authorizer-api.js';
export {
  sampleApigwRestRequestAuthorizerEvent,
  sampleApigwRestRequestAuthorizerWebsocketEvent,
} from './sample.js';
export * from './schema.js';

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
  defineSource({
    id: 'apigw-rest-request-authorizer',
    invocation: 'sync',
    // `type: "REQUEST"` with a `methodArn`, and not HTTP API format 1.0: see isRestRequestAuthorizerEvent.
    // HTTP API format 2.0 names the route in `routeArn` instead of `methodArn`.
    detect: isRestRequestAuthorizerEvent,
    schema: apigwRestRequestAuthorizerEventSchema,
    response: apigwRestRequestAuthorizerResponseSchema,
    variants: ['rest', 'websocket'],
    variantOf,
    settle: (run, event, settle) =>
      settleAuthorizer(run, settle, {
        sourceId: 'apigw-rest-request-authorizer',
        deny: () => toDenyPolicy('unauthorized', event.methodArn),
        rethrowsUnauthorized: true,
      }),
    sample: sampleApigwRestRequestAuthorizerEvent,
    docs: {
      service: 'Amazon API Gateway (REST and WebSocket API Lambda authorizers, REQUEST)',
      summary:
        "Before a REST API method (or a WebSocket API's `$connect` route) runs, API Gateway sends the method ARN and the request's headers, query string, path parameters, stage variables and context to the authorizer, which answers an IAM policy allowing or denying `execute-api:Invoke`. With caching on, the identity sources are the cache key and the answer is reused on every method, so allow the stage (`toStageWildcardArn`).",
      detection:
        '`type` is `REQUEST` with a `methodArn` and no `version: "1.0"` (HTTP API format 1.0); a `requestContext.connectionId` makes it the `websocket` variant.',
      retries:
        'None: the client waits. A Deny policy becomes a 403, the error "Unauthorized" a 401, any other error or a malformed answer a 500. Missing identity sources get a 401 without invoking the function. Switchboard answers a Deny when the handler fails, returns nothing or nears the timeout; a cached Deny lasts the authorizer TTL.',
      limits: [
        {
          name: 'Result cache TTL',
          value: '0 to 3,600 seconds, 300 by default; the identity sources are the cache key',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html',
        },
        {
          name: 'Policy resource ARN',
          value: 'up to 512 characters per Resource ARN; method ARNs up to 1,600 bytes',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
        },
        {
          name: 'WebSocket APIs',
          value: 'a Lambda authorizer runs on the `$connect` route only',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html',
        },
      ],
      links: [
        {
          title: 'Use API Gateway Lambda authorizers',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html',
        },
        {
          title: 'Input to an API Gateway Lambda authorizer',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html',
        },
        {
          title: 'Control access to WebSocket APIs with Lambda REQUEST authorizers',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html',
        },
      ],
    },
  }),
);
