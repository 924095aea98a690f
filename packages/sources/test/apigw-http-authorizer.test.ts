import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, checkResponse, type DescribedSource, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  AuthorizerUnauthorizedError,
  apigwHttpAuthorizerReference as apigwHttpAuthorizer,
  sampleApigwHttpAuthorizerV1Event,
  sampleApigwHttpAuthorizerV2Event,
  toAllowPolicy,
  toDenyPolicy,
  toHttpSimpleResponse,
} from '@switchboard/sources/apigw-http-authorizer';
import type { Context } from 'aws-lambda';
import { httpLookalikes } from './http-lookalikes.js';

const context = {} as Context;
// The variant types (withVariantTypes) do not widen to core's plain `Source`; the object is one.
const source = apigwHttpAuthorizer as unknown as DescribedSource;
const v2 = sampleApigwHttpAuthorizerV2Event();
const v1 = sampleApigwHttpAuthorizerV1Event();
const v2Deny = { isAuthorized: false, ...toDenyPolicy('unauthorized', v2.routeArn) };

describe('apigw-http-authorizer', () => {
  let logged: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it.each([
    ['v2', v2],
    ['v1', v1],
  ])('claims the %s sample alone, as that variant, and it passes the schema', (variant, event) => {
    expect(allSources.filter((each) => each.detect(event)).map((each) => each.id)).toEqual([source.id]);
    expect(detectSource(allSources, event)).toEqual({ source, variant });
    expect(checkEvent(source, event)).toEqual([]);
  });

  it('claims both HTTP API formats among the HTTP lookalikes, never a REST authorizer call', () => {
    const claimed = Object.entries(httpLookalikes).filter(([, each]) => source.detect(each));
    expect(claimed.map(([name]) => name)).toEqual([
      'HTTP API authorizer, format 1.0',
      'HTTP API authorizer, format 2.0',
    ]);
  });

  it.each([
    ['a REST REQUEST call (no version)', { ...v1, version: undefined }],
    ['a format 2.0 call naming methodArn instead of routeArn', { ...v2, routeArn: undefined, methodArn: v2.routeArn }],
    ['a format 1.0 call without methodArn', { ...v1, methodArn: undefined }],
    ['a payload 2.0 proxy request', { ...v2, type: undefined, routeArn: undefined }],
  ])('refuses %s', (_name, nearMiss) => {
    expect(source.detect(nearMiss)).toBe(false);
  });

  it('routes each payload format to its variant handler', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(apigwHttpAuthorizer.variant('v1'), async (event) => toAllowPolicy('user-1842', event))
      .on(apigwHttpAuthorizer.variant('v2'), async (event) =>
        toHttpSimpleResponse(event.identitySource?.[0] !== undefined, { userId: 'user-1842', scopes: ['orders:read'] }),
      );
    await expect(app.handler(v1, context)).resolves.toEqual(toAllowPolicy('user-1842', v1.methodArn));
    await expect(app.handler(v2, context)).resolves.toEqual({
      isAuthorized: true,
      context: { userId: 'user-1842', scopes: ['orders:read'] },
    });
  });

  it('builds simple responses and route policies that pass the response schema', () => {
    expect(toHttpSimpleResponse(false)).toEqual({ isAuthorized: false });
    for (const answer of [
      toHttpSimpleResponse(true),
      toHttpSimpleResponse(true, { userId: 'user-1842', claims: { tier: 'gold' } }),
      toAllowPolicy('user-1842', v2, { context: { userId: 'user-1842' } }),
      toDenyPolicy('user-1842', v1),
    ]) {
      expect(checkResponse(source, answer)).toEqual([]);
    }
    expect(checkResponse(source, { isAuthorized: 'yes' })).not.toEqual([]);
  });

  it('denies with both a simple false and a Deny policy when a format 2.0 handler throws', async () => {
    const app = router({ validateResponse: true }).on(apigwHttpAuthorizer, async () => {
      throw new Error('token introspection failed');
    });
    await expect(app.handler(v2, context)).resolves.toEqual(v2Deny);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('denies with a Deny policy for methodArn when a format 1.0 handler returns nothing', async () => {
    const app = router({ validateResponse: true }).on(apigwHttpAuthorizer, async () => undefined);
    await expect(app.handler(v1, context)).resolves.toEqual(toDenyPolicy('unauthorized', v1.methodArn));
  });

  it('denies an invalid event when the router validates, without running the handler', async () => {
    const handler = jest.fn(async () => toHttpSimpleResponse(true));
    const app = router({ validateEvent: true }).on(apigwHttpAuthorizer.variant('v2'), handler);
    const { requestContext: _dropped, ...invalid } = v2;
    await expect(app.handler(invalid, context)).resolves.toEqual(v2Deny);
    expect(handler).not.toHaveBeenCalled();
  });

  it('denies, rather than failing with a 500, when the handler throws AuthorizerUnauthorizedError', async () => {
    const app = router().on(apigwHttpAuthorizer, async () => {
      throw new AuthorizerUnauthorizedError();
    });
    await expect(app.handler(v2, context)).resolves.toEqual(v2Deny);
  });
});
