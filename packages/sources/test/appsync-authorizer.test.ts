import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, checkResponse, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { AuthorizerUnauthorizedError } from '@switchboard/sources/apigw-rest-token-authorizer';
import {
  appsyncAuthorizerReference as appsyncAuthorizer,
  toAppsyncAuthorizerResponse,
} from '@switchboard/sources/appsync-authorizer';
import type { Context } from 'aws-lambda';

const context = {} as Context;
const event = appsyncAuthorizer.sample();
const denied = { isAuthorized: false, ttlOverride: 0 };

describe('appsync-authorizer', () => {
  let logged: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('claims its sample alone, and the sample passes the schema', () => {
    expect(allSources.filter((source) => source.detect(event))).toEqual([appsyncAuthorizer]);
    expect(checkEvent(appsyncAuthorizer, event)).toEqual([]);
  });

  it('accepts a request from before AppSync sent requestHeaders, without an operation name', () => {
    const { requestHeaders: _headers, ...older } = event;
    const { operationName: _name, ...requestContext } = event.requestContext;
    expect(checkEvent(appsyncAuthorizer, { ...older, requestContext })).toEqual([]);
  });

  it.each([
    ['a REST TOKEN authorizer call', { type: 'TOKEN', authorizationToken: 'abc', methodArn: 'arn:aws:execute-api:x' }],
    [
      'an HTTP API format 1.0 call with a token',
      { version: '1.0', type: 'REQUEST', methodArn: 'arn', authorizationToken: 'abc', requestContext: {} },
    ],
    ['a call without a query document', { ...event, requestContext: { ...event.requestContext, queryString: null } }],
    ['a call without a token', { ...event, authorizationToken: undefined }],
  ])('refuses %s', (_name, nearMiss) => {
    expect(appsyncAuthorizer.detect(nearMiss)).toBe(false);
  });

  it('builds answers that pass the response schema, and refuses a TTL beyond an hour', () => {
    const answer = toAppsyncAuthorizerResponse(true, {
      resolverContext: { userId: 'user-1842', roles: ['reader'] },
      deniedFields: [
        'Mutation.deleteOrder',
        'arn:aws:appsync:us-east-2:123456789012:apis/r4kz2m7w/types/Order/fields/cost',
      ],
      ttlOverride: 300,
    });
    expect(answer).toEqual({
      isAuthorized: true,
      resolverContext: { userId: 'user-1842', roles: ['reader'] },
      deniedFields: [
        'Mutation.deleteOrder',
        'arn:aws:appsync:us-east-2:123456789012:apis/r4kz2m7w/types/Order/fields/cost',
      ],
      ttlOverride: 300,
    });
    expect(checkResponse(appsyncAuthorizer, answer)).toEqual([]);
    expect(toAppsyncAuthorizerResponse(false)).toEqual({ isAuthorized: false });
    expect(checkResponse(appsyncAuthorizer, toAppsyncAuthorizerResponse(true, { ttlOverride: 3_601 }))).not.toEqual([]);
  });

  it("answers the handler's decision through a router", async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(appsyncAuthorizer, async (call) =>
      toAppsyncAuthorizerResponse(call.requestContext.operationName === 'GetOrder', {
        resolverContext: { userId: 'user-1842' },
      }),
    );
    await expect(app.handler(event, context)).resolves.toEqual({
      isAuthorized: true,
      resolverContext: { userId: 'user-1842' },
    });
  });

  it.each([
    ['throws', new Error('session store timeout')],
    ['throws AuthorizerUnauthorizedError', new AuthorizerUnauthorizedError()],
  ])('denies, uncached, when the handler %s', async (_name, thrown) => {
    const app = router({ validateResponse: true }).on(appsyncAuthorizer, async () => {
      throw thrown;
    });
    await expect(app.handler(event, context)).resolves.toEqual(denied);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('denies, uncached, when the handler returns nothing', async () => {
    const app = router().on(appsyncAuthorizer, () => undefined);
    await expect(app.handler(event, context)).resolves.toEqual(denied);
  });

  it('denies an invalid event when the router validates, without running the handler', async () => {
    const handler = jest.fn(async () => toAppsyncAuthorizerResponse(true));
    const app = router({ validateEvent: true }).on(appsyncAuthorizer, handler);
    const invalid = { authorizationToken: 'abc', requestContext: { queryString: '{ orders { id } }' } };
    await expect(app.handler(invalid, context)).resolves.toEqual(denied);
    expect(handler).not.toHaveBeenCalled();
  });
});
