import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, type ResultOf, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type AlbEvent, albReference as alb, toAlbResult } from '@switchboard/sources/alb';
import type { ALBResult, Context } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import { httpLookalikeRows } from './http-lookalikes.js';

// Type level. A handler's return type is the answer the load balancer reads,
// and @types/aws-lambda's ALBResult is such an answer:
expectTypeOf<ALBResult>().toExtend<ResultOf<typeof alb>>();
router().on(alb, async (event) => ({ statusCode: 200, statusDescription: '200 OK', body: event.path }));
// @ts-expect-error the load balancer needs a status code
router().on(alb, async () => ({ body: 'ok' }));

const context = {} as Context;

/** The sample as a target group with multi-value headers enabled sends it. */
function multiValueSample(): AlbEvent {
  const { headers = {}, queryStringParameters = {}, ...rest } = alb.sample();
  const lists = (map: Record<string, string>) =>
    Object.fromEntries(Object.entries(map).map(([name, value]) => [name, [value]]));
  return { ...rest, multiValueHeaders: lists(headers), multiValueQueryStringParameters: lists(queryStringParameters) };
}

const response = {
  status: 200,
  headers: { 'Content-Type': 'application/json', Vary: ['Origin', 'Accept'] },
  cookies: ['a=1; Secure', 'b=2'],
  body: '{"ok":true}',
};

describe('alb', () => {
  it('detects its own sample as alb only, the single variant, and the sample passes the schema', () => {
    const sample = alb.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: alb, variant: 'single' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([alb]);
    expect(checkEvent(alb, sample)).toEqual([]);
  });

  it('is the multi-value variant iff the request carries multiValueHeaders', () => {
    const event = multiValueSample();
    expect(detectSource(allSources, event)).toEqual({ source: alb, variant: 'multi-value' });
    expect(checkEvent(alb, event)).toEqual([]);
  });

  it.each(httpLookalikeRows)('does not claim %s', (_name, event) => {
    expect(alb.detect(event)).toBe(false);
  });

  it('answers multiValueHeaders, one set-cookie per cookie, iff the request had them', () => {
    const answer = toAlbResult(response, multiValueSample());
    expect(answer).toEqual({
      statusCode: 200,
      statusDescription: '200 OK',
      multiValueHeaders: {
        'content-type': ['application/json'],
        vary: ['Origin', 'Accept'],
        'set-cookie': ['a=1; Secure', 'b=2'],
      },
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
    expect(checkResponse(alb, answer)).toEqual([]);
  });

  it('answers single-value headers to a single-value request, joining repeats and keeping the first cookie only', () => {
    const answer = toAlbResult(response, alb.sample());
    expect(answer).toEqual({
      statusCode: 200,
      statusDescription: '200 OK',
      headers: { 'content-type': 'application/json', vary: 'Origin, Accept', 'set-cookie': 'a=1; Secure' },
      body: '{"ok":true}',
      isBase64Encoded: false,
    });
    expect(checkResponse(alb, answer)).toEqual([]);
  });

  it('describes the status as code and reason phrase, or the bare code when unregistered', () => {
    expect(toAlbResult({ status: 404 }, alb.sample()).statusDescription).toBe('404 Not Found');
    expect(toAlbResult({ status: 599 }, alb.sample()).statusDescription).toBe('599');
  });

  it('base64-encodes a byte body and flags it', () => {
    const answer = toAlbResult({ status: 200, body: new Uint8Array([1, 2, 3]) }, alb.sample());
    expect(answer).toMatchObject({ body: 'AQID', isBase64Encoded: true });
    expect(checkResponse(alb, answer)).toEqual([]);
  });

  it('refuses CR or LF in a header with INVALID_HEADER, without echoing the value', () => {
    const bad = { status: 200, headers: { 'x-trace': 'abc\r\nx-injected: 1' } };
    expect(() => toAlbResult(bad, alb.sample())).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
    expect(() => toAlbResult(bad, multiValueSample())).not.toThrow(/injected/);
  });

  it('answers through a router in the mode of each request', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(alb, async (event) =>
      toAlbResult({ status: 200, headers: { 'x-path': event.path }, body: 'ok' }, event),
    );
    await expect(app.handler(alb.sample(), context)).resolves.toHaveProperty('headers', { 'x-path': '/orders' });
    await expect(app.handler(multiValueSample(), context)).resolves.toHaveProperty('multiValueHeaders', {
      'x-path': ['/orders'],
    });
  });
});
