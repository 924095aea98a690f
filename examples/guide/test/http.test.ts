import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import type { StreamingRuntime } from '@switchboard/http';
import { events, lambdaContext } from '@switchboard/testing';
import { handler as middyHandler } from '../src/http-middy.js';
import { handler } from '../src/http-mount.js';
import { document } from '../src/http-openapi.js';

const context = lambdaContext();
const json = (text: unknown) => JSON.parse(String(text)) as Record<string, unknown>;

describe('http-app mounted for four callers (http-mount)', () => {
  it('creates an order over an HTTP API and reads it back through an ALB', async () => {
    const created = await handler(
      events.http({ dialect: 'apigw-http', method: 'POST', path: '/orders', json: { item: 'book', quantity: 2 } }),
      context,
    );
    expect(created).toMatchObject({ statusCode: 201 });
    const order = json((created as { body: string }).body);
    expect(order).toMatchObject({ item: 'book', quantity: 2, id: expect.stringMatching(/^o-\d+$/) });
    expect((created as { headers: Record<string, string> }).headers.location).toBe(`/orders/${order.id}`);

    const read = await handler(events.http({ dialect: 'alb', method: 'GET', path: `/orders/${order.id}` }), context);
    expect(read).toMatchObject({ statusCode: 200, statusDescription: '200 OK' });
    expect(json((read as { body: string }).body)).toEqual(order);
  });

  it('answers an invalid body 422 and an unknown order 404, as problem+json', async () => {
    const invalid = await handler(
      events.http({ dialect: 'apigw-rest', method: 'POST', path: '/orders', json: { item: '', quantity: 0 } }),
      context,
    );
    expect(invalid).toMatchObject({ statusCode: 422 });
    const problem = json((invalid as { body: string }).body);
    expect(JSON.stringify(problem.errors)).toContain('quantity');
    const missing = await handler(
      events.http({ dialect: 'function-url', method: 'GET', path: '/orders/o-x' }),
      context,
    );
    expect(missing).toMatchObject({ statusCode: 404 });
    expect(json((missing as { body: string }).body)).toMatchObject({ title: 'Order not found' });
  });

  it('validates the query, forbids the admin route without the token, and answers CORS preflights', async () => {
    const tooMany = await handler(
      events.http({ dialect: 'apigw-http', method: 'GET', path: '/orders', query: { limit: '500' } }),
      context,
    );
    expect(tooMany).toMatchObject({ statusCode: 400 });
    const forbidden = await handler(
      events.http({ dialect: 'apigw-http', method: 'DELETE', path: '/admin/orders/o-1' }),
      context,
    );
    expect(forbidden).toMatchObject({ statusCode: 403 });
    const preflight = await handler(
      events.http({
        dialect: 'apigw-http',
        method: 'OPTIONS',
        path: '/orders',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
      }),
      context,
    );
    expect(preflight).toMatchObject({
      statusCode: 204,
      headers: { 'access-control-allow-origin': 'https://shop.example' },
    });
  });
});

describe('http-middy', () => {
  it('parses the body with the middy parser on the route and adds security headers function-wide', async () => {
    const event = events.http({ dialect: 'apigw-http', method: 'POST', path: '/echo', json: { a: 1 } });
    const answer = (await middyHandler(event, context)) as { statusCode: number; headers: object; body: string };
    expect(answer.statusCode).toBe(200);
    expect(json(answer.body)).toEqual({ received: { a: 1 } });
    // middy writes its header names in its own case.
    expect(answer.headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
  });
});

describe('http-openapi', () => {
  it('describes every route with its schemas', () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(['/admin/orders/{id}', '/orders', '/orders/{id}']);
    expect(JSON.stringify(document.paths?.['/orders']?.post)).toContain('quantity');
  });
});

describe('http-streaming', () => {
  it('streams the report line by line through the Lambda runtime streaming API', async () => {
    // `awslambda` exists only inside Lambda's Node.js runtime: this stand-in records what the handler writes.
    const written: string[] = [];
    let head: unknown;
    const runtime: StreamingRuntime = {
      streamifyResponse: (streaming) => streaming,
      HttpResponseStream: {
        from: (stream, metadata) => {
          head = metadata;
          return stream;
        },
      },
    };
    Object.assign(globalThis, { awslambda: runtime });
    try {
      const { handler: streaming } = await import('../src/http-streaming.js');
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          written.push(chunk.toString());
          done();
        },
      });
      const event = events.http({ dialect: 'function-url', method: 'GET', path: '/report.csv' });
      await (streaming as (event: unknown, stream: Writable, context: unknown) => Promise<void>)(event, sink, context);
    } finally {
      Reflect.deleteProperty(globalThis, 'awslambda');
    }
    expect(head).toMatchObject({ statusCode: 200, headers: { 'content-type': 'text/csv' } });
    expect(written).toEqual(['2024-05-01,42\n', '2024-05-02,42\n', '2024-05-03,42\n']);
  });
});
