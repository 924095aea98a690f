import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, type ResultOf, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { apigwRestReference as apigwRest, toApigwRestResult } from '@switchboard/sources/apigw-rest';
import type { APIGatewayProxyResult, Context } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import { httpLookalikeRows } from './http-lookalikes.js';

// Type level. A handler's return type is the answer API Gateway reads, and
// @types/aws-lambda's APIGatewayProxyResult is such an answer:
expectTypeOf<APIGatewayProxyResult>().toExtend<ResultOf<typeof apigwRest>>();
router().on(apigwRest, async (event) => ({ statusCode: 200, body: event.path }));
// @ts-expect-error a status code is a number
router().on(apigwRest, async () => ({ statusCode: '200', body: '' }));

const context = {} as Context;

describe('apigw-rest', () => {
  it('detects its own sample as apigw-rest only, and the sample passes the schema', () => {
    const sample = apigwRest.sample();
    expect(detectSource(allSources, sample)?.source).toBe(apigwRest);
    expect(allSources.filter((source) => source.detect(sample))).toEqual([apigwRest]);
    expect(checkEvent(apigwRest, sample)).toEqual([]);
  });

  it('claims an HTTP API request in payload format 1.0 (version "1.0")', () => {
    expect(apigwRest.detect({ ...apigwRest.sample(), version: '1.0' })).toBe(true);
  });

  it('still claims a REST request that also carries rawPath (custom domain base path)', () => {
    expect(apigwRest.detect({ ...apigwRest.sample(), rawPath: '/v1/orders/o-1001/items' })).toBe(true);
  });

  it.each(httpLookalikeRows)('does not claim %s', (_name, event) => {
    expect(apigwRest.detect(event)).toBe(false);
  });

  it('puts single headers in headers, repeated ones and each cookie in multiValueHeaders', () => {
    const answer = toApigwRestResult({
      status: 201,
      headers: { 'Content-Type': 'application/json', Vary: ['Origin', 'Accept'], 'Set-Cookie': 'a=1' },
      cookies: ['b=2; HttpOnly'],
      body: '{"ok":true}',
    });
    expect(answer).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/json' },
      multiValueHeaders: { vary: ['Origin', 'Accept'], 'set-cookie': ['a=1', 'b=2; HttpOnly'] },
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
    expect(checkResponse(apigwRest, answer)).toEqual([]);
  });

  it('omits multiValueHeaders when nothing repeats and sends an empty text body when there is none', () => {
    const answer = toApigwRestResult({ status: 204 });
    expect(answer).toEqual({ statusCode: 204, headers: {}, body: '', isBase64Encoded: false });
    expect(checkResponse(apigwRest, answer)).toEqual([]);
  });

  it('base64-encodes a byte body and flags it', () => {
    const answer = toApigwRestResult({ status: 200, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(answer).toMatchObject({ body: 'iVBORw==', isBase64Encoded: true });
    expect(checkResponse(apigwRest, answer)).toEqual([]);
  });

  it.each([
    ['a header value', { status: 200, headers: { location: '/a\r\nx-injected: 1' } }],
    ['a header name', { status: 200, headers: { 'x-a\nb': '1' } }],
    ['a cookie', { status: 200, cookies: ['sid=1\r\nx-injected: 1'] }],
  ])('refuses CR or LF in %s with INVALID_HEADER, without echoing the value', (_what, response) => {
    expect(() => toApigwRestResult(response)).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
    expect(() => toApigwRestResult(response)).not.toThrow(/injected/);
  });

  it('rejects an answer without a numeric statusCode', () => {
    expect(checkResponse(apigwRest, { body: 'ok' })).not.toEqual([]);
    expect(checkResponse(apigwRest, { statusCode: '200' })).not.toEqual([]);
  });

  it('answers through a router with a valid payload 1.0 answer', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(apigwRest, async (event) =>
      toApigwRestResult({ status: 200, headers: { 'content-type': 'text/plain' }, body: event.httpMethod }),
    );
    await expect(app.handler(apigwRest.sample(), context)).resolves.toMatchObject({ statusCode: 200, body: 'POST' });
  });
});
