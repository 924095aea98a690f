import { runtimeSource, settling, syncAnswerLimit } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import { toDenyPolicy } from '../internal/iam-policy.js';
import type { ApigwRestTokenAuthorizerEvent, ApigwRestTokenAuthorizerResult } from './schema.js';

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
export const apigwRestTokenAuthorizer = runtimeSource<ApigwRestTokenAuthorizerEvent, ApigwRestTokenAuthorizerResult>()({
  id: 'apigw-rest-token-authorizer',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // Only TOKEN authorizers send `type: "TOKEN"`; with `methodArn` and the
  // token it is exactly the documented event (corpus:
  // example-apigw-custom-auth-request.json, sam/apigateway/ApiGatewayAuthorizer.json).
  detect: (event) =>
    isObject(event) &&
    event.type === 'TOKEN' &&
    typeof event.methodArn === 'string' &&
    typeof event.authorizationToken === 'string',
  settle: settling((run, event, settle) =>
    settleAuthorizer(run, settle, {
      sourceId: 'apigw-rest-token-authorizer',
      deny: () => toDenyPolicy(deniedPrincipal, event.methodArn),
      rethrowsUnauthorized: true,
    }),
  ),
});
