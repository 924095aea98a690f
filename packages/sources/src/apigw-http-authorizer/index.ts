import { defineSource, withVariantTypes } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import { toDenyPolicy } from '../internal/iam-policy.js';
import { sampleApigwHttpAuthorizerV2Event } from './sample.js';
import {
  type ApigwHttpAuthorizerEvent,
  type ApigwHttpAuthorizerVariantTypes,
  apigwHttpAuthorizerEventSchema,
  apigwHttpAuthorizerResponseSchema,
} from './schema.js';

export * from '../internal/authorizer-api.js';
export { sampleApigwHttpAuthorizerV1Event, sampleApigwHttpAuthorizerV2Event } from './sample.js';
export * from './schema.js';

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
  defineSource({
    id: 'apigw-http-authorizer',
    invocation: 'sync',
    detect: isHttpAuthorizerEvent,
    schema: apigwHttpAuthorizerEventSchema,
    response: apigwHttpAuthorizerResponseSchema,
    variants: ['v1', 'v2'],
    variantOf: (event) => (event.version === '2.0' ? 'v2' : 'v1'),
    settle: (run, event, settle) =>
      settleAuthorizer(run, settle, {
        sourceId: 'apigw-http-authorizer',
        deny: () => toHttpDeny(event),
        rethrowsUnauthorized: false,
      }),
    sample: sampleApigwHttpAuthorizerV2Event,
    docs: {
      service: 'Amazon API Gateway (HTTP API Lambda authorizers)',
      summary:
        'Before an HTTP API route runs, API Gateway sends the identity sources and the request to the authorizer. In payload format 2.0 it answers `{ isAuthorized, context }` (with simple responses enabled) or an IAM policy for `routeArn`; in format 1.0, an IAM policy for `methodArn`. With caching on, the identity sources are the cache key and the answer applies to every route.',
      detection:
        '`type` is `REQUEST` and either `version` is `2.0` with a `routeArn` (`v2`) or `version` is `1.0` with a `methodArn` (`v1`).',
      retries:
        'None: the client waits. A denial becomes a 403; an error, a timeout or a malformed answer a 500; missing identity sources a 401 without invoking the function. Switchboard answers a deny when the handler fails, returns nothing or nears the timeout; a cached deny lasts the authorizer TTL.',
      limits: [
        {
          name: 'Authorizer response timeout',
          value: '10,000 ms',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
        },
        {
          name: 'Result cache TTL',
          value: '0 to 3,600 seconds; caching needs at least one identity source',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.caching',
        },
        {
          name: 'Authorizers per API',
          value: '10',
          link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
        },
      ],
      links: [
        {
          title: 'Control access to HTTP APIs with Lambda authorizers',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html',
        },
        {
          title: 'Control access for invoking an API (IAM policies)',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html',
        },
      ],
    },
  }),
);
