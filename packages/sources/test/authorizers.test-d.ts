// Type tests (checked by `npx tsc -p tsconfig.json`): handlers typed with
// @types/aws-lambda mount on the authorizer sources without a cast, and a
// wrong answer is a compile error.
import { router } from '@switchboard/core';
import { apigwHttpAuthorizer, toHttpSimpleResponse } from '@switchboard/sources/apigw-http-authorizer';
import { apigwRestRequestAuthorizer } from '@switchboard/sources/apigw-rest-request-authorizer';
import {
  apigwRestTokenAuthorizer,
  toAllowPolicy,
  toDenyPolicy,
  toStageWildcardArn,
} from '@switchboard/sources/apigw-rest-token-authorizer';
import { appsyncAuthorizer, toAppsyncAuthorizerResponse } from '@switchboard/sources/appsync-authorizer';
import type {
  APIGatewayRequestAuthorizerHandler,
  APIGatewayRequestIAMAuthorizerHandlerV2,
  APIGatewayRequestSimpleAuthorizerHandlerV2,
  APIGatewayRequestSimpleAuthorizerHandlerV2WithContext,
  APIGatewayTokenAuthorizerHandler,
  APIGatewayTokenAuthorizerWithContextHandler,
  AppSyncAuthorizerHandler,
} from 'aws-lambda';

declare const tokenHandler: APIGatewayTokenAuthorizerHandler;
declare const tokenWithContextHandler: APIGatewayTokenAuthorizerWithContextHandler<{ tenant: string; tier: number }>;
declare const requestHandler: APIGatewayRequestAuthorizerHandler;
declare const simpleHandlerV2: APIGatewayRequestSimpleAuthorizerHandlerV2;
declare const simpleWithContextHandlerV2: APIGatewayRequestSimpleAuthorizerHandlerV2WithContext<{ userId: string }>;
declare const iamHandlerV2: APIGatewayRequestIAMAuthorizerHandlerV2;
declare const appsyncHandler: AppSyncAuthorizerHandler;
declare const appsyncWithContextHandler: AppSyncAuthorizerHandler<{ userId: string }>;

router()
  .on(apigwRestTokenAuthorizer, tokenHandler)
  .on(apigwRestRequestAuthorizer, requestHandler)
  .on(apigwHttpAuthorizer, simpleHandlerV2)
  .on(appsyncAuthorizer, appsyncHandler);
router().on(apigwRestTokenAuthorizer, tokenWithContextHandler);
router().on(apigwRestRequestAuthorizer.variant('rest'), requestHandler);
router().on(apigwHttpAuthorizer.variant('v2'), simpleHandlerV2);
router().on(apigwHttpAuthorizer.variant('v2'), simpleWithContextHandlerV2);
router().on(apigwHttpAuthorizer.variant('v2'), iamHandlerV2);
router().on(appsyncAuthorizer, appsyncWithContextHandler);

// The builders' answers fit each caller.
router()
  .on(apigwRestTokenAuthorizer, async (event) =>
    toAllowPolicy('user-1842', toStageWildcardArn(event.methodArn), { context: { tenant: 'acme', tier: 2 } }),
  )
  .on(apigwRestRequestAuthorizer.variant('websocket'), async (event) =>
    toDenyPolicy(event.requestContext.connectionId, event),
  )
  .on(apigwHttpAuthorizer.variant('v1'), async (event) => toAllowPolicy('user-1842', event.methodArn))
  .on(apigwHttpAuthorizer.variant('v2'), async (event) =>
    event.headers?.authorization === undefined
      ? toDenyPolicy('anonymous', event)
      : toHttpSimpleResponse(true, { roles: ['reader'], profile: { name: 'Ana' } }),
  )
  .on(appsyncAuthorizer, async () => toAppsyncAuthorizerResponse(true, { resolverContext: { userId: 'u' } }));

// A policy written inline. `as const` keeps Effect a literal: `router().on`
// infers its target from both arguments, which widens literals in an inline
// answer (reported to core: `NoInfer` on the handler parameter fixes it).
const statement = (resource: string) => ({
  Action: 'execute-api:Invoke',
  Effect: 'Allow' as const,
  Resource: resource,
});
router().on(apigwRestTokenAuthorizer, async (event) => ({
  principalId: 'user-1842',
  policyDocument: { Version: '2012-10-17', Statement: [statement(event.methodArn)] },
}));

// Wrong answers do not compile.
// @ts-expect-error a policy answer needs principalId
router().on(apigwRestTokenAuthorizer, async (event) => ({
  policyDocument: { Version: '2012-10-17', Statement: [statement(event.methodArn)] },
}));
// @ts-expect-error Effect is Allow or Deny
router().on(apigwRestRequestAuthorizer, async (event) => ({
  principalId: 'user-1842',
  policyDocument: {
    Version: '2012-10-17',
    Statement: [{ Action: 'execute-api:Invoke', Effect: 'Permit' as const, Resource: event.methodArn }],
  },
}));
// @ts-expect-error a REST authorizer's context holds strings, numbers and booleans only
router().on(apigwRestTokenAuthorizer, async (event) => toAllowPolicy('u', event, { context: { roles: ['admin'] } }));
// @ts-expect-error a REST authorizer cannot answer the HTTP API simple response
router().on(apigwRestTokenAuthorizer, async () => toHttpSimpleResponse(true));
// @ts-expect-error isAuthorized is a boolean
router().on(apigwHttpAuthorizer.variant('v2'), async () => ({ isAuthorized: 'yes' }));
// @ts-expect-error payload format 1.0 answers an IAM policy, never the simple response
router().on(apigwHttpAuthorizer.variant('v1'), async () => toHttpSimpleResponse(true));
// @ts-expect-error isAuthorized is a boolean
router().on(appsyncAuthorizer, async () => ({ isAuthorized: 'yes' }));
// @ts-expect-error deniedFields is a list of field names
router().on(appsyncAuthorizer, async () => ({ isAuthorized: true, deniedFields: 'Mutation.deleteOrder' }));

// Handlers for another caller's event are refused.
// @ts-expect-error a TOKEN authorizer handler on AppSync
router().on(appsyncAuthorizer, tokenHandler);
// @ts-expect-error an AppSync authorizer handler on a REST TOKEN authorizer
router().on(apigwRestTokenAuthorizer, appsyncHandler);
// @ts-expect-error a format 2.0 handler on format 1.0 calls
router().on(apigwHttpAuthorizer.variant('v1'), simpleHandlerV2);
