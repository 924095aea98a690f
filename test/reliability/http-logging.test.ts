/**
 * Which sink an HTTP app writes to, and what `logDetails` adds: the error
 * message and the request headers, credentials redacted.
 */
import { describe, expect, it } from '@jest/globals';
import { DefinitionError, router } from '@switchboard/core';
import { apigwHttpDialect, apigwRestDialect, httpApp, reply } from '@switchboard/http';
import { events } from '@switchboard/testing';
import * as z from 'zod';
import { consoleLines, logSink, marker } from './capture.js';
import { context } from './http-calls.js';

const ordersApp = (options: Parameters<typeof httpApp>[0] = {}) =>
  httpApp(options).post('/orders', { body: z.object({ sku: z.string() }) }, (req) => reply.json(201, req.body));

const malformed = (headers: Record<string, string> = {}) =>
  events.http({
    dialect: 'apigw-http',
    method: 'POST',
    path: '/orders',
    headers: { 'content-type': 'application/json', ...headers },
    body: `{"sku": "${marker}"`,
  });

describe('HTTP log lines', () => {
  it('with `logDetails`, add the message and the headers with credentials redacted', async () => {
    const sink = logSink();
    const handler = ordersApp().mount(router({ log: sink.log, logDetails: true }), [apigwRestDialect]).handler;
    const event = events.http({
      dialect: 'apigw-rest',
      method: 'POST',
      path: '/orders',
      headers: {
        'content-type': 'application/json',
        Authorization: `Bearer ${marker}`,
        Cookie: `session=${marker}`,
        'X-Api-Key': marker,
        'x-trace': 'trace-1',
      },
      body: '{',
    });
    await handler(event, context);
    expect(sink.entries).toEqual([
      expect.objectContaining({
        code: 'MALFORMED_JSON',
        detail: '400 Malformed JSON body',
        headers: {
          'content-type': 'application/json',
          authorization: '[redacted]',
          cookie: '[redacted]',
          'x-api-key': '[redacted]',
          'x-trace': 'trace-1',
        },
      }),
    ]);
    expect(JSON.stringify(sink.entries)).not.toContain(marker);
  });

  it('go to `httpApp({ log })` when the app is served without a router', async () => {
    const sink = logSink();
    const answer = await ordersApp({ log: sink.log }).serve(apigwHttpDialect, malformed(), context);
    expect(answer).toMatchObject({ statusCode: 400 });
    expect(sink.entries).toEqual([expect.objectContaining({ code: 'MALFORMED_JSON', route: '/orders' })]);
  });

  it('go to the router’s sink once mounted, unless the app was given its own', async () => {
    const routerSink = logSink();
    const appSink = logSink();
    await ordersApp()
      .mount(router({ log: routerSink.log }), [apigwHttpDialect])
      .handler(malformed(), context);
    await ordersApp({ log: appSink.log })
      .mount(router({ log: routerSink.log }), [apigwHttpDialect])
      .handler(malformed(), context);
    expect(routerSink.entries).toHaveLength(1);
    expect(appSink.entries).toHaveLength(1);
  });

  it('are not written with `log: false` on the router, nor for a request that succeeds', async () => {
    const silenced = ordersApp().mount(router({ log: false }), [apigwHttpDialect]).handler;
    const served = ordersApp().mount(router(), [apigwHttpDialect]).handler;
    const ok = events.http({ dialect: 'apigw-http', method: 'POST', path: '/orders', json: { sku: 'a' } });
    const lines = await consoleLines(async () => {
      expect(await silenced(malformed(), context)).toMatchObject({ statusCode: 400 });
      expect(await served(ok, context)).toMatchObject({ statusCode: 201 });
    });
    expect(lines).toEqual([]);
  });
});

describe('httpApp({ maxBodyBytes })', () => {
  it('refuses a limit that is not a whole number of bytes when the app is defined', () => {
    for (const maxBodyBytes of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => httpApp({ maxBodyBytes })).toThrow(DefinitionError);
    }
  });
});
