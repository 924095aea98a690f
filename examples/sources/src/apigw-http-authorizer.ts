// An HTTP API authorizer (payload format 2.0, simple responses): callers with a bearer JWT naming a
// subject are authorized and the integration sees the subject. Only the claims are read here: verify
// the signature first in a real authorizer (aws-jwt-verify, say).
import { router } from '@switchboard/core';
import { apigwHttpAuthorizer, toHttpSimpleResponse } from '@switchboard/sources/apigw-http-authorizer';

/** The `sub` claim of a JWT, undefined when there is none. */
function subjectOf(token: string): string | undefined {
  const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || 'null');
  return typeof claims === 'object' && claims !== null && 'sub' in claims && typeof claims.sub === 'string'
    ? claims.sub
    : undefined;
}

export const handler = router().on(apigwHttpAuthorizer.variant('v2'), async (event) => {
  const subject = subjectOf(event.headers?.authorization ?? '');
  if (subject === undefined) return toHttpSimpleResponse(false);
  return toHttpSimpleResponse(true, { subject, route: event.routeKey });
}).handler;
