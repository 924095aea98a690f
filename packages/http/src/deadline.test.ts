import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { type LogEntry, router } from '@switchboard/core';
import { lambdaContext } from '@switchboard/testing';
import type { Context } from 'aws-lambda';
import { readAnswer } from '../test/read-answer.js';
import { httpApiEvent } from '../test/requests.js';
import { httpApp } from './app.js';
import { cors } from './cors.js';
import { apigwHttpDialect } from './dialects/payload-v2.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const request = (path: string) => httpApiEvent({ method: 'GET', path, headers: { origin: 'https://shop.example' } });
const read = (result: unknown) => readAnswer(apigwHttpDialect.source, result);

let lateFinished = false;
const app = httpApp({ cors: cors({ origins: ['https://shop.example'] }) })
  .get('/slow', async () => {
    await sleep(400);
    lateFinished = true;
    return { secret: 'late result' };
  })
  .get('/never', () => new Promise(() => {}))
  .get('/quick', async () => ({ ok: true }))
  .get('/sync', () => ({ ok: true }));

afterEach(() => {
  jest.restoreAllMocks();
});

describe('HTTP answers near the Lambda timeout', () => {
  it('answers 504 problem+json at the router margin and discards the late result', async () => {
    lateFinished = false;
    const handler = app.mount(router({ timeoutMarginMs: 150 }), [apigwHttpDialect]).handler;
    const started = Date.now();
    const answer = read(await handler(request('/slow'), lambdaContext({ timeoutMs: 250 })));
    const elapsed = Date.now() - started;
    // 250 ms left less a 150 ms margin: answered after about 100 ms, long before the route's 400 ms.
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(350);
    expect(answer.status).toBe(504);
    expect(answer.headers['content-type']).toEqual(['application/problem+json']);
    expect(JSON.parse(answer.text)).toEqual({
      type: 'about:blank',
      title: 'Gateway Timeout',
      status: 504,
      detail: 'The request could not be answered in time',
    });
    expect(answer.headers['access-control-allow-origin']).toEqual(['https://shop.example']);
    expect(lateFinished).toBe(false);
    await sleep(400);
    // The route did finish later; its result went nowhere.
    expect(lateFinished).toBe(true);
  });

  it('answers a route that never settles, at the app margin, which overrides the router', async () => {
    const own = httpApp({ timeoutMarginMs: 200 }).get('/never', () => new Promise(() => {}));
    const handler = own.mount(router({ timeoutMarginMs: 10 }), [apigwHttpDialect]).handler;
    const started = Date.now();
    const answer = read(await handler(request('/never'), lambdaContext({ timeoutMs: 260 })));
    expect(answer.status).toBe(504);
    // 260 ms less the app's 200 ms: about 60 ms, where the router's 10 ms margin would have waited about 250.
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('logs the 504 as an error line with its status only', async () => {
    const entries: LogEntry[] = [];
    const handler = app.mount(router({ timeoutMarginMs: 150, log: (entry) => entries.push(entry) }), [
      apigwHttpDialect,
    ]);
    const answer = read(await handler.handler(request('/never'), lambdaContext({ timeoutMs: 200 })));
    expect(answer.status).toBe(504);
    expect(entries).toEqual([{ level: 'error', message: 'request timed out', status: 504 }]);
  });

  it('keeps the margin when served without a router (default 1,000 ms)', async () => {
    const started = Date.now();
    const answer = read(await app.serve(apigwHttpDialect, request('/never'), lambdaContext({ timeoutMs: 1_080 })));
    expect(answer.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('arms no timer for a synchronous route, nor for a context that cannot tell the time left', async () => {
    const timers = jest.spyOn(globalThis, 'setTimeout');
    const handler = app.mount(router(), [apigwHttpDialect]).handler;
    expect(read(await handler(request('/sync'), lambdaContext())).status).toBe(200);
    expect(read(await handler(request('/quick'), {} as Context)).status).toBe(200);
    expect(timers).not.toHaveBeenCalled();
  });

  it('shares one timer among requests instead of arming one each', async () => {
    const timers = jest.spyOn(globalThis, 'setTimeout');
    const handler = app.mount(router(), [apigwHttpDialect]).handler;
    for (let i = 0; i < 20; i++) {
      expect(read(await handler(request('/quick'), lambdaContext({ timeoutMs: 600_000 }))).status).toBe(200);
    }
    expect(timers.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('re-arms for a later request whose deadline comes first, and answers each at its own', async () => {
    const handler = app.mount(router({ timeoutMarginMs: 100 }), [apigwHttpDialect]).handler;
    const started = Date.now();
    const far = handler(request('/never'), lambdaContext({ timeoutMs: 400 })).then(() => Date.now() - started);
    const near = handler(request('/never'), lambdaContext({ timeoutMs: 150 })).then(() => Date.now() - started);
    const [farMs, nearMs] = await Promise.all([far, near]);
    expect(nearMs).toBeGreaterThanOrEqual(40);
    expect(nearMs).toBeLessThan(250);
    expect(farMs).toBeGreaterThanOrEqual(290);
  });
});
