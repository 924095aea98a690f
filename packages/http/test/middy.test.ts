import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import { router } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { apigwHttpDialect, apigwRestDialect, type HttpRequest, httpApp } from '../src/index.js';
import { readAnswer } from './read-answer.js';
import { httpApiEvent, restEvent } from './requests.js';

// The real middy middlewares, on routes and on the whole app: nothing here is mocked.
const context = { getRemainingTimeInMillis: () => 30_000 } as Context;

const echo = middy(async (request: HttpRequest<Record<string, string>, Record<string, string>, unknown>) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ parsed: request.body }),
}))
  .use(httpJsonBodyParser())
  .use(httpSecurityHeaders())
  .use(httpCors({ origin: 'https://shop.example' }));

const failing = middy(async () => {
  throw Object.assign(new Error('Order is locked'), { statusCode: 409, expose: true });
}).use(httpErrorHandler({ logger: false }));

const app = httpApp().post('/echo', echo).get('/locked', failing);

describe('middy middlewares on routes', () => {
  it('parses JSON with @middy/http-json-body-parser and adds security and CORS headers', async () => {
    const event = httpApiEvent({
      method: 'POST',
      path: '/echo',
      headers: { 'content-type': ['application/json'], origin: ['https://shop.example'] },
      body: '{"a":1}',
    });
    const answer = readAnswer(apigwHttpDialect.source, await app.serve(apigwHttpDialect, event, context));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ parsed: { a: 1 } });
    expect(answer.headers['access-control-allow-origin']).toEqual(['https://shop.example']);
    expect(answer.headers['x-content-type-options']).toEqual(['nosniff']);
    expect(answer.schemaIssues).toEqual([]);
  });

  it("answers the body parser's error for malformed JSON (415 in middy 6) as problem+json without internals", async () => {
    const event = httpApiEvent({
      method: 'POST',
      path: '/echo',
      headers: { 'content-type': ['application/json'] },
      body: '{"a":',
    });
    const answer = readAnswer(apigwHttpDialect.source, await app.serve(apigwHttpDialect, event, context));
    expect(answer.status).toBe(415);
    expect(answer.headers['content-type']).toEqual(['application/problem+json']);
    expect(JSON.parse(answer.text)).toMatchObject({ title: 'Invalid or malformed JSON was provided' });
    expect(answer.text).not.toMatch(/SyntaxError|at .*\(/);
  });

  it('lets @middy/http-error-handler answer an exposed error itself', async () => {
    const event = restEvent({ method: 'GET', path: '/locked' });
    const answer = readAnswer(apigwRestDialect.source, await app.serve(apigwRestDialect, event, context));
    expect(answer.status).toBe(409);
    expect(answer.text).toBe('Order is locked');
  });
});

describe('middy middlewares on the whole app', () => {
  it('wraps the mounted router: every route gets the headers in the caller dialect', async () => {
    const mounted = app.mount(router(), [apigwRestDialect, apigwHttpDialect]);
    const handler = middy(mounted.handler)
      .use(httpSecurityHeaders())
      .use(httpCors({ origin: '*' }));
    for (const [dialect, event] of [
      [apigwRestDialect, restEvent({ method: 'GET', path: '/locked' })],
      [apigwHttpDialect, httpApiEvent({ method: 'GET', path: '/locked' })],
    ] as const) {
      const answer = readAnswer(dialect.source, await handler(event, context));
      expect(answer.status).toBe(409);
      expect(answer.headers['access-control-allow-origin']).toEqual(['*']);
      expect(answer.headers['strict-transport-security']?.[0]).toContain('max-age');
      expect(answer.schemaIssues).toEqual([]);
    }
  });
});
