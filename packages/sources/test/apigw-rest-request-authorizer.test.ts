import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, checkResponse, type DescribedSource, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  AuthorizerUnauthorizedError,
  apigwRestRequestAuthorizerReference as apigwRestRequestAuthorizer,
  sampleApigwRestRequestAuthorizerWebsocketEvent,
  toAllowPolicy,
  toDenyPolicy,
  toStageWildcardArn,
} from '@switchboard/sources/apigw-rest-request-authorizer';
import type { Context } from 'aws-lambda';
import { httpLookalikes } from './http-lookalikes.js';

const context = {} as Context;
// The variant types (withVariantTypes) do not widen to core's plain `Source`; the object is one.
const source = apigwRestRequestAuthorizer as unknown as DescribedSource;
const rest = apigwRestRequestAuthorizer.sample();
const websocket = sampleApigwRestRequestAuthorizerWebsocketEvent();

describe('apigw-rest-request-authorizer', () => {
  let logged: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it.each([
    ['rest', rest],
    ['websocket', websocket],
  ])('claims the %s sample alone, as that variant, and it passes the schema', (variant, event) => {
    expect(allSources.filter((each) => each.detect(event)).map((each) => each.id)).toEqual([source.id]);
    expect(detectSource(allSources, event)).toEqual({ source, variant });
    expect(checkEvent(source, event)).toEqual([]);
  });

  it('claims the REST REQUEST shape among the HTTP lookalikes, never format 1.0 or 2.0 HTTP API calls', () => {
    const claimed = Object.entries(httpLookalikes).filter(([, each]) => source.detect(each));
    expect(claimed.map(([name]) => name)).toEqual(['REST REQUEST authorizer']);
  });

  it.each([
    ['an HTTP API format 1.0 call (version "1.0")', { ...rest, version: '1.0' }],
    ['a TOKEN call', { type: 'TOKEN', authorizationToken: 'abc', methodArn: rest.methodArn }],
    ['a REQUEST call without methodArn', { ...rest, methodArn: undefined }],
    ['a proxy request', { ...rest, type: undefined, methodArn: undefined }],
  ])('refuses %s', (_name, nearMiss) => {
    expect(source.detect(nearMiss)).toBe(false);
  });

  it('routes REST methods and WebSocket $connect to their variant handlers', async () => {
    const app = router()
      .on(apigwRestRequestAuthorizer.variant('rest'), async (event) =>
        toAllowPolicy(`rest:${event.httpMethod}`, toStageWildcardArn(event.methodArn)),
      )
      .on(apigwRestRequestAuthorizer.variant('websocket'), async (event) =>
        toAllowPolicy(`ws:${event.requestContext.connectionId}`, event),
      );
    await expect(app.handler(rest, context)).resolves.toHaveProperty('principalId', 'rest:GET');
    await expect(app.handler(websocket, context)).resolves.toHaveProperty('principalId', 'ws:UeHmScTyiYcCFWg=');
  });

  it("answers the handler's policy, which passes the response schema", async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(apigwRestRequestAuthorizer, async (event) =>
      event.queryStringParameters?.tenant === 'acme'
        ? toAllowPolicy('user-1842', event, { context: { tenant: 'acme' } })
        : toDenyPolicy('user-1842', event),
    );
    const answer = await app.handler(rest, context);
    expect(answer).toEqual(toAllowPolicy('user-1842', rest, { context: { tenant: 'acme' } }));
    expect(checkResponse(source, answer)).toEqual([]);
    await expect(app.handler({ ...rest, queryStringParameters: null }, context)).resolves.toEqual(
      toDenyPolicy('user-1842', rest),
    );
  });

  it('denies the method when the handler throws', async () => {
    const app = router().on(apigwRestRequestAuthorizer, async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'authorization')");
    });
    await expect(app.handler(websocket, context)).resolves.toEqual(toDenyPolicy('unauthorized', websocket.methodArn));
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('denies an invalid event when the router validates, without running the handler', async () => {
    const handler = jest.fn(async () => toAllowPolicy('user-1842', rest));
    const app = router({ validateEvent: true }).on(apigwRestRequestAuthorizer, handler);
    const invalid = { type: 'REQUEST', methodArn: rest.methodArn, requestContext: { stage: 'prod' } };
    await expect(app.handler(invalid, context)).resolves.toEqual(toDenyPolicy('unauthorized', rest.methodArn));
    expect(handler).not.toHaveBeenCalled();
  });

  it('still denies an event without requestContext when handlers are mounted on variants', async () => {
    const app = router({ validateEvent: true }).on(apigwRestRequestAuthorizer.variant('rest'), async (event) =>
      toAllowPolicy('user-1842', event),
    );
    const invalid = { type: 'REQUEST', methodArn: rest.methodArn };
    await expect(app.handler(invalid, context)).resolves.toEqual(toDenyPolicy('unauthorized', rest.methodArn));
  });

  it('fails with "Unauthorized" (a 401) when the handler throws AuthorizerUnauthorizedError', async () => {
    const app = router().on(apigwRestRequestAuthorizer, async () => {
      throw new AuthorizerUnauthorizedError('token expired');
    });
    await expect(app.handler(rest, context)).rejects.toThrow(/^Unauthorized$/);
  });
});
