import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  AuthorizerUnauthorizedError,
  apigwRestTokenAuthorizerReference as apigwRestTokenAuthorizer,
  toAllowPolicy,
  toDenyPolicy,
  toStageWildcardArn,
} from '@switchboard/sources/apigw-rest-token-authorizer';
import type { Context } from 'aws-lambda';
import { httpLookalikes } from './http-lookalikes.js';

const context = {} as Context;
const event = apigwRestTokenAuthorizer.sample();
const denied = toDenyPolicy('unauthorized', event.methodArn);
const allowAll = toAllowPolicy('user-1842', '*');

describe('apigw-rest-token-authorizer', () => {
  let logged: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('claims its sample alone, and the sample passes the schema', () => {
    expect(allSources.filter((source) => source.detect(event))).toEqual([apigwRestTokenAuthorizer]);
    expect(detectSource(allSources, event)?.source).toBe(apigwRestTokenAuthorizer);
    expect(checkEvent(apigwRestTokenAuthorizer, event)).toEqual([]);
  });

  it('claims the documented TOKEN shape among the HTTP lookalikes, and nothing else there', () => {
    const claimed = Object.entries(httpLookalikes).filter(([, each]) => apigwRestTokenAuthorizer.detect(each));
    expect(claimed.map(([name]) => name)).toEqual(['REST TOKEN authorizer']);
  });

  it.each([
    ['a REQUEST authorizer call', { ...event, type: 'REQUEST' }],
    ['a TOKEN call without methodArn', { type: 'TOKEN', authorizationToken: 'abc' }],
    ['a TOKEN call whose token is not a string', { ...event, authorizationToken: null }],
    ['an AppSync authorizer call', { authorizationToken: 'abc', requestContext: { queryString: '{ a }' } }],
  ])('refuses %s', (_name, nearMiss) => {
    expect(apigwRestTokenAuthorizer.detect(nearMiss)).toBe(false);
  });

  it('builds allow and deny policies that pass the response schema', () => {
    const allow = toAllowPolicy('user-1842', toStageWildcardArn(event.methodArn), {
      context: { tenant: 'acme', tier: 2, admin: false },
      usageIdentifierKey: 'k3y-f0r-usage-plan',
    });
    expect(allow).toEqual({
      principalId: 'user-1842',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Effect: 'Allow',
            Resource: 'arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/*',
          },
        ],
      },
      context: { tenant: 'acme', tier: 2, admin: false },
      usageIdentifierKey: 'k3y-f0r-usage-plan',
    });
    expect(checkResponse(apigwRestTokenAuthorizer, allow)).toEqual([]);
    expect(checkResponse(apigwRestTokenAuthorizer, toDenyPolicy('user-1842', event))).toEqual([]);
    expect(checkResponse(apigwRestTokenAuthorizer, toAllowPolicy('user-1842', [event.methodArn]))).toEqual([]);
  });

  it('accepts NotAction, NotResource and conditions, and refuses a statement that names no resource', () => {
    const policy = (statement: Record<string, unknown>) => ({
      principalId: 'user-1842',
      policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', ...statement }] },
    });
    const resource = 'arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/GET/health';
    const condition = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } };
    expect(checkResponse(apigwRestTokenAuthorizer, policy({ Action: '*', NotResource: [resource] }))).toEqual([]);
    expect(
      checkResponse(apigwRestTokenAuthorizer, policy({ NotAction: 'x', Resource: '*', Condition: condition })),
    ).toEqual([]);
    expect(
      checkResponse(apigwRestTokenAuthorizer, policy({ Action: 'execute-api:Invoke', Principal: '*' })),
    ).not.toEqual([]);
    expect(checkResponse(apigwRestTokenAuthorizer, policy({ Resource: resource }))).not.toEqual([]);
    expect(checkResponse(apigwRestTokenAuthorizer, { ...allowAll, context: { roles: ['admin'] } })).not.toEqual([]);
  });

  it('takes the resource from the event, or copies a list of ARNs', () => {
    const arns = ['arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/GET/orders'];
    expect(toDenyPolicy('p', event).policyDocument.Statement[0].Resource).toBe(event.methodArn);
    expect(toAllowPolicy('p', { routeArn: 'arn:route' }).policyDocument.Statement[0].Resource).toBe('arn:route');
    const fromList = toAllowPolicy('p', arns).policyDocument.Statement[0].Resource;
    expect(fromList).toEqual(arns);
    expect(fromList).not.toBe(arns);
  });

  it('widens an ARN to every method of its stage, or of every stage when it names none', () => {
    expect(toStageWildcardArn('arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/POST/a/b')).toBe(
      'arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/*',
    );
    expect(toStageWildcardArn('arn:aws:execute-api:eu-west-1:123456789012:abc123')).toBe(
      'arn:aws:execute-api:eu-west-1:123456789012:abc123/*/*',
    );
  });

  it("answers the handler's policy through a router", async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(apigwRestTokenAuthorizer, async (call) =>
      call.authorizationToken.startsWith('Bearer ')
        ? toAllowPolicy('user-1842', call)
        : toDenyPolicy('anonymous', call),
    );
    await expect(app.handler(event, context)).resolves.toEqual(toAllowPolicy('user-1842', event));
    await expect(app.handler({ ...event, authorizationToken: 'nope' }, context)).resolves.toEqual(
      toDenyPolicy('anonymous', event),
    );
  });

  it('denies the method when the handler throws, and logs the failure', async () => {
    const app = router().on(apigwRestTokenAuthorizer, async () => {
      throw new Error('JWKS endpoint unreachable');
    });
    await expect(app.handler(event, context)).resolves.toEqual(denied);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('denies the method when the handler returns nothing', async () => {
    const app = router().on(apigwRestTokenAuthorizer, async () => undefined);
    await expect(app.handler(event, context)).resolves.toEqual(denied);
  });

  it.each([
    ['AuthorizerUnauthorizedError', new AuthorizerUnauthorizedError()],
    ['an Error whose message is exactly "Unauthorized"', new Error('Unauthorized')],
  ])('fails with the plain error "Unauthorized" (a 401) when the handler throws %s', async (_name, thrown) => {
    const app = router().on(apigwRestTokenAuthorizer, () => {
      throw thrown;
    });
    const failure = await app.handler(event, context).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBe(thrown);
    expect((failure as Error).message).toBe('Unauthorized');
    expect(logged).not.toHaveBeenCalled();
  });

  it('denies before the Lambda timeout when the handler is still running at the margin', async () => {
    const nearTimeout = { getRemainingTimeInMillis: () => 1_030 } as Context;
    const app = router({ timeoutMarginMs: 1_000 }).on(apigwRestTokenAuthorizer, () => new Promise(() => undefined));
    await expect(app.handler(event, nearTimeout)).resolves.toEqual(denied);
  });

  it('answers a fast handler without waiting for the deadline timer', async () => {
    const roomy = { getRemainingTimeInMillis: () => 60_000 } as Context;
    const app = router().on(apigwRestTokenAuthorizer, async () => toAllowPolicy('user-1842', event));
    await expect(app.handler(event, roomy)).resolves.toEqual(toAllowPolicy('user-1842', event));
  });
});
