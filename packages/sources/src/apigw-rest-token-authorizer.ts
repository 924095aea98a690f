import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { settleAuthorizer } from './internal/authorizer-settle.js';
import { isObject } from './internal/guards.js';
import { type RestAuthorizerPolicy, restAuthorizerPolicySchema, toDenyPolicy } from './internal/iam-policy.js';

export * from './internal/authorizer-api.js';

/**
 * What a REST API TOKEN authorizer receives: the caller's token (from the
 * header named as the token source) and the ARN of the method called.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export const apigwRestTokenAuthorizerEventSchema = z.object({
  type: z.literal('TOKEN'),
  authorizationToken: z.string(),
  methodArn: z.string(),
});

/** The answer: an IAM policy for the principal, with optional `context` and usage plan key. */
export const apigwRestTokenAuthorizerResponseSchema = restAuthorizerPolicySchema;

export type ApigwRestTokenAuthorizerEvent = z.output<typeof apigwRestTokenAuthorizerEventSchema>;
export type ApigwRestTokenAuthorizerResult = RestAuthorizerPolicy;

/** The principal a deny names when the handler gave none. */
const deniedPrincipal = 'unauthorized';

/**
 * Amazon API Gateway REST API Lambda authorizers of type TOKEN.
 *
 * A failing handler, an invalid event (with `validateEvent`), an answer of
 * nothing or a handler still running near the timeout all answer a Deny
 * policy for the method (403). Throw `AuthorizerUnauthorizedError` (or an
 * Error whose message is exactly "Unauthorized") for a 401 instead.
 *
 * @example
 * router().on(apigwRestTokenAuthorizer, async (event) =>
 *   event.authorizationToken === expected ? toAllowPolicy('user-1842', toStageWildcardArn(event.methodArn)) : undefined)
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
export const apigwRestTokenAuthorizer = defineSource({
  id: 'apigw-rest-token-authorizer',
  invocation: 'sync',
  // Only TOKEN authorizers send `type: "TOKEN"`; with `methodArn` and the
  // token it is exactly the documented event (corpus:
  // example-apigw-custom-auth-request.json, sam/apigateway/ApiGatewayAuthorizer.json).
  detect: (event) =>
    isObject(event) &&
    event.type === 'TOKEN' &&
    typeof event.methodArn === 'string' &&
    typeof event.authorizationToken === 'string',
  schema: apigwRestTokenAuthorizerEventSchema,
  response: apigwRestTokenAuthorizerResponseSchema,
  settle: (run, event, settle) =>
    settleAuthorizer(run, settle, {
      sourceId: 'apigw-rest-token-authorizer',
      deny: () => toDenyPolicy(deniedPrincipal, event.methodArn),
      rethrowsUnauthorized: true,
    }),
  sample: sampleTokenAuthorizerEvent,
  docs: {
    service: 'Amazon API Gateway (REST API Lambda authorizers, TOKEN)',
    summary:
      "Before a REST API method runs, API Gateway sends the caller's token (from the token source header) and the method ARN to the authorizer, which answers an IAM policy allowing or denying `execute-api:Invoke`. With caching on, the answer is reused for that token on every method, so allow the stage (`toStageWildcardArn`), not one method.",
    detection: '`type` is `TOKEN` and the event carries `methodArn` and `authorizationToken` strings.',
    retries:
      'None: the client waits. A Deny policy becomes a 403, the error "Unauthorized" a 401, any other error or a malformed answer a 500. Switchboard answers a Deny when the handler fails, returns nothing or nears the timeout; a cached Deny lasts the authorizer TTL.',
    limits: [
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds, 300 by default; the token is the cache key',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html',
      },
      {
        name: 'Policy resource ARN',
        value: 'up to 512 characters per Resource ARN; method ARNs up to 1,600 bytes',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
      },
      {
        name: 'Authorizers per API',
        value: '10 (Lambda and Cognito together)',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
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
        title: 'Output from an API Gateway Lambda authorizer',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
      },
    ],
  },
});

function sampleTokenAuthorizerEvent(): ApigwRestTokenAuthorizerEvent {
  return {
    type: 'TOKEN',
    authorizationToken: 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
    methodArn: 'arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/GET/orders/1001',
  };
}
