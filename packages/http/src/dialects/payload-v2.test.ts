import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { events, lambdaContext } from '@switchboard/testing';
import { httpApp } from '../app.js';
import { cors } from '../cors.js';
import { apigwHttpDialect } from './payload-v2.js';

// Found by the fuzz tests (test/fuzz): a payload 2.0 event without `headers` made an app with
// CORS reject the invocation (a TypeError reading `origin`), which API Gateway answers with a bare 502.
describe('payload 2.0 without headers', () => {
  const withoutHeaders = () => {
    const { headers: _dropped, ...event } = events.http({ dialect: 'apigw-http', method: 'GET', path: '/items' });
    return event;
  };

  it('reads as a request with no headers', () => {
    expect(apigwHttpDialect.headers(withoutHeaders() as never)).toEqual({});
  });

  it('is answered by an app with CORS', async () => {
    const app = httpApp({ cors: cors({ origins: ['https://app.example.com'] }) }).get('/items', () => ({ items: [] }));
    const { handler } = app.mount(router(), [apigwHttpDialect]);
    const answer = (await handler(withoutHeaders(), lambdaContext())) as { statusCode: number; body: string };
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ items: [] });
  });
});
