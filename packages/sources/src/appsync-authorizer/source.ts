import { runtimeSource, settling, syncAnswerLimit } from '@switchboard/core';
import { settleAuthorizer } from '../internal/authorizer-settle.js';
import { isObject } from '../internal/guards.js';
import type { AppsyncAuthorizerEvent, AppsyncAuthorizerResult } from './schema.js';

/** Optional parts of an AppSync authorizer answer. */
export interface AppsyncAuthorizerOptions<ResolverContext> {
  readonly resolverContext?: ResolverContext;
  readonly deniedFields?: readonly string[];
  /** Seconds this answer is cached for the token (0 to 3,600; 0 turns caching off). */
  readonly ttlOverride?: number;
}

/**
 * Builds the AppSync authorizer answer.
 *
 * @example
 * return toAppsyncAuthorizerResponse(true, { resolverContext: { userId: 'user-1842' }, deniedFields: ['Mutation.deleteOrder'] })
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export function toAppsyncAuthorizerResponse<ResolverContext extends Record<string, unknown> = Record<string, never>>(
  isAuthorized: boolean,
  options: AppsyncAuthorizerOptions<ResolverContext> = {},
): { isAuthorized: boolean; resolverContext?: ResolverContext; deniedFields?: string[]; ttlOverride?: number } {
  const answer: {
    isAuthorized: boolean;
    resolverContext?: ResolverContext;
    deniedFields?: string[];
    ttlOverride?: number;
  } = { isAuthorized };
  if (options.resolverContext !== undefined) answer.resolverContext = options.resolverContext;
  if (options.deniedFields !== undefined) answer.deniedFields = [...options.deniedFields];
  if (options.ttlOverride !== undefined) answer.ttlOverride = options.ttlOverride;
  return answer;
}

/**
 * AWS AppSync GraphQL APIs authorized by a Lambda function (`AWS_LAMBDA`).
 *
 * A failing handler, an invalid event (with `validateEvent`), an answer of
 * nothing or a handler still running near the timeout answer
 * `{ isAuthorized: false, ttlOverride: 0 }`: denied, and not cached, so a
 * passing failure does not lock the token out for the cache TTL.
 *
 * @example
 * router().on(appsyncAuthorizer, async (event) =>
 *   toAppsyncAuthorizerResponse(event.authorizationToken === expected, { ttlOverride: 300 }))
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export const appsyncAuthorizer = runtimeSource<AppsyncAuthorizerEvent, AppsyncAuthorizerResult>()({
  id: 'appsync-authorizer',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // The token with the GraphQL `queryString` in `requestContext`: API Gateway
  // authorizers carry `methodArn`/`routeArn` and no query document, AppSync
  // resolvers send `arguments`/`info` (corpus: example-appsync-lambda-auth-request.json).
  detect: (event) =>
    isObject(event) &&
    typeof event.authorizationToken === 'string' &&
    isObject(event.requestContext) &&
    typeof event.requestContext.queryString === 'string',
  settle: settling((run, _event, settle) =>
    settleAuthorizer(run, settle, {
      sourceId: 'appsync-authorizer',
      deny: () => ({ isAuthorized: false, ttlOverride: 0 }),
      rethrowsUnauthorized: false,
    }),
  ),
});
