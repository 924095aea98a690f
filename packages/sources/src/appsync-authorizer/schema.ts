import * as z from 'zod/mini';

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
