// A REQUEST authorizer for a REST API: the `Authorization` header's JWT and the `tenant` query
// parameter decide; the answer allows this method and hands the tenant to the integration. Only the
// claims are read here: a real authorizer verifies the signature first (aws-jwt-verify, say).
import { router } from '@switchboard/core';
import {
  AuthorizerUnauthorizedError,
  apigwRestRequestAuthorizer,
  toAllowPolicy,
} from '@switchboard/sources/apigw-rest-request-authorizer';

/** The `sub` claim of a JWT, undefined when there is none. */
function subjectOf(token: string): string | undefined {
  const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || 'null');
  return typeof claims === 'object' && claims !== null && 'sub' in claims && typeof claims.sub === 'string'
    ? claims.sub
    : undefined;
}

export const handler = router().on(apigwRestRequestAuthorizer.variant('rest'), async (event) => {
  const subject = subjectOf(event.headers?.authorization ?? '');
  const tenant = event.queryStringParameters?.tenant;
  if (subject === undefined || tenant === undefined) throw new AuthorizerUnauthorizedError();
  return toAllowPolicy(subject, event, { context: { tenant } });
}).handler;
