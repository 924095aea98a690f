import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, type ResultOf, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { apigwHttpReference as apigwHttp, toApigwHttpResult } from '@switchboard/sources/apigw-http';
import { functionUrlReference as functionUrl, toFunctionUrlResult } from '@switchboard/sources/function-url';
import type { Context, LambdaFunctionURLResult } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import { httpLookalikeRows } from './http-lookalikes.js';

// Type level. Handlers return a payload 2.0 answer, and @types/aws-lambda's
// LambdaFunctionURLResult (= APIGatewayProxyResultV2) is such an answer:
expectTypeOf<LambdaFunctionURLResult>().toExtend<ResultOf<typeof functionUrl>>();
router().on(functionUrl, async (event) => ({ statusCode: 200, body: event.rawPath }));
// @ts-expect-error a body is text: bytes go through toFunctionUrlResult, which base64-encodes them
router().on(functionUrl, async () => ({ statusCode: 200, body: new Uint8Array([1]) }));

const context = {} as Context;

describe('function-url', () => {
  it('detects its own sample as function-url only, and the sample passes the schema', () => {
    const sample = functionUrl.sample();
    expect(detectSource(allSources, sample)?.source).toBe(functionUrl);
    expect(allSources.filter((source) => source.detect(sample))).toEqual([functionUrl]);
    expect(checkEvent(functionUrl, sample)).toEqual([]);
  });

  it('declares no variants: the invoke mode (buffered or streaming) is not in the event', () => {
    expect(functionUrl.variants).toEqual([]);
    expect(functionUrl.variantOf).toBeUndefined();
  });

  it('is told from an HTTP API only by its lambda-url domain', () => {
    const sample = functionUrl.sample();
    const onApi = { ...sample, requestContext: { ...sample.requestContext, domainName: 'api.example.com' } };
    expect(functionUrl.detect(onApi)).toBe(false);
    expect(apigwHttp.detect(onApi)).toBe(true);
  });

  it.each(httpLookalikeRows)('does not claim %s', (_name, event) => {
    expect(functionUrl.detect(event)).toBe(false);
  });

  it('writes the same answer as the HTTP API builder, which passes its response schema', () => {
    const response = { status: 200, headers: { vary: ['Origin', 'Accept'] }, cookies: ['a=1'], body: 'ok' };
    const answer = toFunctionUrlResult(response);
    expect(answer).toEqual(toApigwHttpResult(response));
    expect(checkResponse(functionUrl, answer)).toEqual([]);
  });

  it('base64-encodes a byte body and flags it', () => {
    const answer = toFunctionUrlResult({ status: 200, body: new Uint8Array([0xff, 0x00]) });
    expect(answer).toMatchObject({ body: '/wA=', isBase64Encoded: true });
    expect(checkResponse(functionUrl, answer)).toEqual([]);
  });

  it('refuses CR or LF in a cookie with INVALID_HEADER, without echoing it', () => {
    const response = { status: 200, cookies: ['sid=1\nx-injected: 1'] };
    expect(() => toFunctionUrlResult(response)).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
    expect(() => toFunctionUrlResult(response)).not.toThrow(/injected/);
  });

  it('accepts a bare JSON value as the answer', () => {
    expect(checkResponse(functionUrl, { received: true })).toEqual([]);
  });

  it('answers through a router with a valid payload 2.0 answer', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(functionUrl, async (event) =>
      toFunctionUrlResult({ status: 202, body: event.rawPath }),
    );
    await expect(app.handler(functionUrl.sample(), context)).resolves.toMatchObject({
      statusCode: 202,
      body: '/webhooks/stripe',
    });
  });
});
