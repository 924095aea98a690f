import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { settleAuthorizer } from './internal/authorizer-settle.js';
import { isObject } from './internal/guards.js';

/**
 * What an AppSync GraphQL API's Lambda authorizer (`AWS_LAMBDA` mode)
 * receives: the `Authorization` header's value and the operation asked for.
 * `requestHeaders` is a later addition that older captures lack.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export const appsyncAuthorizerEventSchema = z.object({
  authorizationToken: z.string(),
  requestContext: z.object({
    apiId: z.string(),
    accountId: z.string(),
    requestId: z.string(),
    queryString: z.string(),
    operationName: z.exactOptional(z.string()),
    variables: z.record(z.string(), z.unknown()),
  }),
  requestHeaders: z.exactOptional(z.record(z.string(), z.string())),
});

/**
 * The answer AppSync reads: `isAuthorized`, the `resolverContext` resolvers
 * see as `ctx.identity.resolverContext`, fields forced to null
 * (`TypeName.FieldName` or field ARNs), and the cache TTL for this token.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export const appsyncAuthorizerResponseSchema = z.object({
  isAuthorized: z.boolean(),
  resolverContext: z.optional(z.record(z.string(), z.unknown())),
  deniedFields: z.optional(z.array(z.string())),
  ttlOverride: z.optional(z.int().check(z.gte(0), z.lte(3600))),
});

export type AppsyncAuthorizerEvent = z.output<typeof appsyncAuthorizerEventSchema>;
export type AppsyncAuthorizerResult = z.output<typeof appsyncAuthorizerResponseSchema>;

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
export const appsyncAuthorizer = defineSource({
  id: 'appsync-authorizer',
  invocation: 'sync',
  // The token with the GraphQL `queryString` in `requestContext`: API Gateway
  // authorizers carry `methodArn`/`routeArn` and no query document, AppSync
  // resolvers send `arguments`/`info` (corpus: example-appsync-lambda-auth-request.json).
  detect: (event) =>
    isObject(event) &&
    typeof event.authorizationToken === 'string' &&
    isObject(event.requestContext) &&
    typeof event.requestContext.queryString === 'string',
  schema: appsyncAuthorizerEventSchema,
  response: appsyncAuthorizerResponseSchema,
  settle: (run, _event, settle) =>
    settleAuthorizer(run, settle, {
      sourceId: 'appsync-authorizer',
      deny: () => ({ isAuthorized: false, ttlOverride: 0 }),
      rethrowsUnauthorized: false,
    }),
  sample: sampleAppsyncAuthorizerEvent,
  docs: {
    service: 'AWS AppSync (Lambda authorization)',
    summary:
      'For each GraphQL request to an API in `AWS_LAMBDA` authorization mode, AppSync sends the `Authorization` header and the operation (query, operation name, variables) to the function, which answers whether the token may call the API, a context for resolvers and fields to null out.',
    detection: '`authorizationToken` is a string and `requestContext.queryString` holds the GraphQL document.',
    retries:
      'None: the client waits. `isAuthorized: false`, an error or a timeout fail the request with UnauthorizedException. Switchboard answers `isAuthorized: false` with `ttlOverride: 0` when the handler fails, returns nothing or nears the timeout.',
    limits: [
      {
        name: 'Authorizer timeout',
        value: '10 seconds, whatever the function timeout',
        link: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        name: 'Resolver context',
        value: 'up to 5 MB of `resolverContext`',
        link: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds (`authorizerResultTtlInSeconds`, or `ttlOverride` per answer)',
        link: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html',
      },
    ],
    links: [
      {
        title: 'AWS Lambda authorization for AppSync',
        url: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        title: 'LambdaAuthorizerConfig',
        url: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html',
      },
    ],
  },
});

function sampleAppsyncAuthorizerEvent(): AppsyncAuthorizerEvent {
  return {
    authorizationToken: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
    requestContext: {
      apiId: 'r4kz2m7wnbd5hjexq3vty6pale',
      accountId: '123456789012',
      requestId: '5f0c1e9a-3b7d-4c2e-8a61-0d9e4b7f2c13',
      queryString: 'query GetOrder($id: ID!) {\n  getOrder(id: $id) {\n    id\n    status\n  }\n}\n',
      operationName: 'GetOrder',
      variables: { id: '1001' },
    },
    requestHeaders: {
      authorization: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
      'content-type': 'application/json',
      host: 'r4kz2m7wnbd5hjexq3vty6pale.appsync-api.us-east-2.amazonaws.com',
    },
  };
}
