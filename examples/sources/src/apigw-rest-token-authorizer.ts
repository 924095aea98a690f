// A TOKEN authorizer: a bearer JWT naming a subject is allowed on the whole stage (answers are cached
// per token) and the subject reaches the integration; no usable token is a 401. This example only reads
// the claims: a real authorizer verifies the signature first (aws-jwt-verify, say).
import { router } from '@switchboard/core';
import {
  AuthorizerUnauthorizedError,
  apigwRestTokenAuthorizer,
  toAllowPolicy,
  toStageWildcardArn,
} from '@switchboard/sources/apigw-rest-token-authorizer';

/** The `sub` claim of a JWT, undefined when there is none. */
function subjectOf(token: string): string | undefined {
  const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || 'null');
  return typeof claims === 'object' && claims !== null && 'sub' in claims && typeof claims.sub === 'string'
    ? claims.sub
    : undefined;
}

export const handler = router().on(apigwRestTokenAuthorizer, async (event) => {
  const subject = subjectOf(event.authorizationToken);
  if (subject === undefined) throw new AuthorizerUnauthorizedError();
  return toAllowPolicy(subject, toStageWildcardArn(event.methodArn), { context: { subject } });
}).handler;
