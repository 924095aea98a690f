// An AppSync Lambda authorizer: a JWT naming a subject is authorized for 5 minutes, its subject goes
// to resolvers as `ctx.identity.resolverContext`, and deleting orders stays off-limits. Only the claims
// are read here: verify the signature first in a real authorizer (aws-jwt-verify, say).
import { router } from '@switchboard/core';
import { appsyncAuthorizer, toAppsyncAuthorizerResponse } from '@switchboard/sources/appsync-authorizer';

/** The `sub` claim of a JWT, undefined when there is none. */
function subjectOf(token: string): string | undefined {
  const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || 'null');
  return typeof claims === 'object' && claims !== null && 'sub' in claims && typeof claims.sub === 'string'
    ? claims.sub
    : undefined;
}

export const handler = router().on(appsyncAuthorizer, async (event) => {
  const subject = subjectOf(event.authorizationToken);
  if (subject === undefined) return toAppsyncAuthorizerResponse(false, { ttlOverride: 0 });
  return toAppsyncAuthorizerResponse(true, {
    resolverContext: { subject, operation: event.requestContext.operationName ?? 'anonymous' },
    deniedFields: ['Mutation.deleteOrder'],
    ttlOverride: 300,
  });
}).handler;
