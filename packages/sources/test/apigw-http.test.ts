import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, type ResultOf, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  apigwHttpReference as apigwHttp,
  apigwHttpStructuredResponseSchema,
  toApigwHttpResult,
} from '@switchboard/sources/apigw-http';
import type { APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import * as z from 'zod/mini';
import { httpLookalikeRows } from './http-lookalikes.js';

// Type level. Handlers return a structured answer or a bare JSON value, and
// @types/aws-lambda's APIGatewayProxyResultV2 is such an answer:
expectTypeOf<APIGatewayProxyResultV2>().toExtend<ResultOf<typeof apigwHttp>>();
router().on(apigwHttp, async (event) => ({ statusCode: 200, cookies: ['a=1'], body: event.rawPath }));
router().on(apigwHttp, async () => ({ orders: [{ id: 'o-1' }] }));
// @ts-expect-error a body is text: bytes go through toApigwHttpResult, which base64-encodes them
router().on(apigwHttp, async () => ({ statusCode: 200, body: new Uint8Array([1]) }));

const context = {} as Context;

describe('apigw-http', () => {
  it('detects its own sample as apigw-http only, and the sample passes the schema', () => {
    const sample = apigwHttp.sample();
    expect(detectSource(allSources, sample)?.source).toBe(apigwHttp);
    expect(allSources.filter((source) => source.detect(sample))).toEqual([apigwHttp]);
    expect(checkEvent(apigwHttp, sample)).toEqual([]);
  });

  it('claims a minimal payload 2.0 request without version and routeKey', () => {
    const { version: _v, routeKey: _r, ...minimal } = apigwHttp.sample();
    expect(apigwHttp.detect(minimal)).toBe(true);
  });

  it('claims a request on a custom domain', () => {
    const sample = apigwHttp.sample();
    const event = { ...sample, requestContext: { ...sample.requestContext, domainName: 'api.example.com' } };
    expect(apigwHttp.detect(event)).toBe(true);
  });

  it.each(httpLookalikeRows)('does not claim %s', (_name, event) => {
    expect(apigwHttp.detect(event)).toBe(false);
  });

  it('joins repeated headers with ", " and moves every Set-Cookie to cookies', () => {
    const answer = toApigwHttpResult({
      status: 200,
      headers: { 'Cache-Control': ['no-store', 'private'], 'set-cookie': ['a=1'] },
      cookies: ['b=2; Secure'],
      body: 'ok',
    });
    expect(answer).toEqual({
      statusCode: 200,
      headers: { 'cache-control': 'no-store, private' },
      cookies: ['a=1', 'b=2; Secure'],
      body: 'ok',
      isBase64Encoded: false,
    });
    expect(checkResponse(apigwHttp, answer)).toEqual([]);
    expect(z.safeParse(apigwHttpStructuredResponseSchema, answer).success).toBe(true);
  });

  it('base64-encodes a byte body and flags it', () => {
    const answer = toApigwHttpResult({ status: 200, body: new TextEncoder().encode('héllo') });
    expect(answer).toMatchObject({ body: 'aMOpbGxv', isBase64Encoded: true });
    expect(checkResponse(apigwHttp, answer)).toEqual([]);
  });

  it('refuses CR or LF in a header with INVALID_HEADER, without echoing the value', () => {
    const response = { status: 302, headers: { location: '/next\r\nx-injected: 1' } };
    expect(() => toApigwHttpResult(response)).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
    expect(() => toApigwHttpResult(response)).not.toThrow(/injected/);
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2]],
    ['an object without statusCode', { orders: [], headers: 'are body here' }],
  ])('accepts %s as a bare answer (sent as a 200 JSON body)', (_what, answer) => {
    expect(checkResponse(apigwHttp, answer)).toEqual([]);
  });

  it('rejects an answer whose statusCode is not a valid structured answer', () => {
    expect(checkResponse(apigwHttp, { statusCode: '200' })).not.toEqual([]);
    expect(checkResponse(apigwHttp, { statusCode: 200, cookies: 'a=1' })).not.toEqual([]);
  });

  it('answers through a router with a valid payload 2.0 answer', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(apigwHttp, async (event) =>
      toApigwHttpResult({ status: 200, cookies: ['seen=1'], body: event.requestContext.http.method }),
    );
    await expect(app.handler(apigwHttp.sample(), context)).resolves.toMatchObject({ statusCode: 200, body: 'POST' });
  });
});
