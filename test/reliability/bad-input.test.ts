/**
 * The bad-input matrix of docs/reliability.md: one test per row. Each bad
 * input gets a typed error (router) or the right status as problem+json
 * (HTTP), and one log line holding no value: every value planted in the
 * input is the marker, checked in the error, the answer and the log.
 */
import { describe, expect, it } from '@jest/globals';
import { type LogEntry, type RouterOptions, router, UnknownEventError, ValidationError } from '@switchboard/core';
import { type HttpAppOptions, httpApp, reply } from '@switchboard/http';
import { sqsReference } from '@switchboard/sources/sqs';
import { events } from '@switchboard/testing';
import * as z from 'zod';
import { consoleLines, expectLogged, expectNoLeak, logSink, marker } from './capture.js';
import { context, dialectNames, type HttpOutcome, send } from './http-calls.js';

const requestId = context.awsRequestId;

type SqsHandler = () => Promise<{ batchItemFailures: never[] }>;

/** Runs the router on `event`, twice (capturing sink, default sink); `sqsReference` because some rows turn on `validateEvent`. */
async function invokeRouter(
  event: unknown,
  options: RouterOptions = {},
  handler: SqsHandler = async () => ({ batchItemFailures: [] }),
) {
  const sink = logSink();
  const failed = await router({ ...options, log: sink.log })
    .on(sqsReference, handler)
    .handler(event, context)
    .then(
      () => new Error('the invocation was expected to fail'),
      (error: unknown) => ({ error }),
    );
  if (failed instanceof Error) throw failed;
  const lines = await consoleLines(() =>
    router(options)
      .on(sqsReference, handler)
      .handler(event, context)
      .catch(() => 0),
  );
  return { error: failed.error, entries: sink.entries, lines };
}

type Refused = Awaited<ReturnType<typeof invokeRouter>>;

function expectRefused(refused: Refused, errorClass: new (...args: never[]) => Error, entry: LogEntry): void {
  expect(refused.error).toBeInstanceOf(errorClass);
  expect(refused.error).toMatchObject({ code: entry.code });
  expectNoLeak((refused.error as Error).message);
  expectLogged(refused.entries, refused.lines, entry);
}

const unknown = (seen: string[]): LogEntry => ({
  level: 'warn',
  message: 'unknown event',
  code: 'UNKNOWN_EVENT',
  seen,
  requestId,
});

describe('bad input to the router', () => {
  it('unknown event → UnknownEventError, warn line naming its keys only', async () => {
    const refused = await invokeRouter({ orderRef: marker, nested: { token: marker } });
    expectRefused(refused, UnknownEventError, unknown(['orderRef', 'nested']));
  });

  it('empty event → UnknownEventError, warn line with no keys', async () => {
    expectRefused(await invokeRouter({}), UnknownEventError, unknown([]));
  });

  it('null → UnknownEventError, warn line naming the type', async () => {
    expectRefused(await invokeRouter(null), UnknownEventError, unknown(['(null)']));
  });

  it('an array → UnknownEventError, warn line naming the type', async () => {
    expectRefused(await invokeRouter([marker, { Records: [] }]), UnknownEventError, unknown(['(array)']));
  });

  it('event of an unmounted source → UnknownEventError, warn line naming its keys only', async () => {
    // An S3 notification reaching a function that mounts SQS only: only mounted sources are checked.
    const s3Event = { ...events.s3(), planted: marker };
    expectRefused(await invokeRouter(s3Event), UnknownEventError, unknown(['Records', 'planted']));
  });

  it('invalid event of a mounted source → ValidationError, warn line with paths and codes only', async () => {
    const event = events.sqs();
    const [record] = event.Records;
    const invalid = { ...event, Records: [{ ...record, body: { card: marker } }] };
    const refused = await invokeRouter(invalid, { validateEvent: true });
    expectRefused(refused, ValidationError, {
      level: 'warn',
      message: 'invalid event',
      code: 'VALIDATION_FAILED',
      source: 'sqs',
      issues: [{ path: 'Records[0].body', code: 'invalid_type' }],
      requestId,
    });
  });

  it('a handler that throws → its error rethrown unchanged, error line with the class name only', async () => {
    const thrown = new TypeError(`${marker}\n    at charge (/srv/pay.ts:9:7)`);
    const refused = await invokeRouter(events.sqs(), {}, async () => Promise.reject(thrown));
    expect(refused.error).toBe(thrown);
    expectLogged(refused.entries, refused.lines, {
      level: 'error',
      message: 'handler threw',
      error: 'TypeError',
      source: 'sqs',
      variant: 'standard',
      requestId,
    });
  });
});

const orderSchema = z.object({ sku: z.string(), qty: z.number() });
const thrown = () => new TypeError(`${marker}\n    at secret (/srv/app.ts:12:3)`);

const ordersApp =
  (options: HttpAppOptions = {}) =>
  () =>
    httpApp(options)
      .post('/orders', { body: orderSchema }, (req) => reply.json(201, req.body))
      .get('/files/{name}', (req) => reply.json(200, { name: req.params.name }))
      .get('/etc/passwd', () => reply.text(200, 'the /etc/passwd route'))
      .get('/note', (req) => reply.json(200, { length: req.headers['x-note']?.length }))
      // A header value the route builds from stored data (a request header with CR/LF is refused before).
      .get('/split', () =>
        reply.json(200, { ok: true }, { headers: { 'x-note': `a\r\nset-cookie: session=${marker}` } }),
      )
      .get('/crash', () => {
        throw thrown();
      })
      .get('/crash-later', async () => Promise.reject(thrown()));

const rejected = (fields: Partial<LogEntry>): LogEntry => ({ level: 'warn', message: 'request rejected', ...fields });

function expectProblem(outcome: HttpOutcome, entry: LogEntry): void {
  expect(outcome.status).toBe(entry.status);
  expect(outcome.headers['content-type']).toBe('application/problem+json');
  expect(JSON.parse(outcome.body)).toMatchObject({ type: 'about:blank', status: entry.status });
  expectNoLeak(outcome.wire);
  expectLogged(outcome.entries, outcome.lines, entry);
}

const postOrder = (body: string, contentType = 'application/json') => ({
  method: 'POST',
  path: '/orders',
  headers: { 'content-type': contentType },
  body,
});

describe('bad input to an HTTP app', () => {
  it('malformed JSON body → 400 MALFORMED_JSON', async () => {
    for (const dialect of dialectNames) {
      const outcome = await send(ordersApp(), postOrder(`{"sku": "${marker}", `), { dialect });
      const entry = { code: 'MALFORMED_JSON', status: 400, method: 'POST', route: '/orders', requestId };
      expectProblem(outcome, rejected(entry));
    }
  });

  it('wrong content type → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const dialect of dialectNames) {
      const outcome = await send(ordersApp(), postOrder(`sku=${marker}`, 'application/x-www-form-urlencoded'), {
        dialect,
      });
      const entry = { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415, method: 'POST', route: '/orders', requestId };
      expectProblem(outcome, rejected(entry));
    }
  });

  it('oversized body → 413 BODY_TOO_LARGE, counted in UTF-8 bytes, 6 MiB by default', async () => {
    const entry = rejected({ code: 'BODY_TOO_LARGE', status: 413, method: 'POST', route: '/orders', requestId });
    // 400 characters but 1,200 bytes: a limit counted in characters would let it through.
    const euros = JSON.stringify({ sku: `${'€'.repeat(400)}${marker}`, qty: 1 });
    expectProblem(await send(ordersApp({ maxBodyBytes: 1024 }), postOrder(euros), { dialect: 'alb' }), entry);
    const atLimit = JSON.stringify({ sku: 'x'.repeat(1024 - 18), qty: 1 });
    expect(Buffer.byteLength(atLimit)).toBe(1024);
    expect((await send(ordersApp({ maxBodyBytes: 1024 }), postOrder(atLimit))).status).toBe(201);
    const huge = JSON.stringify({ sku: `${'x'.repeat(6 * 1024 * 1024)}${marker}`, qty: 1 });
    expectProblem(await send(ordersApp(), postOrder(huge)), entry);
  });

  it('invalid base64 body → 400 INVALID_BASE64', async () => {
    const flagged = (event: Record<string, unknown>) => ({
      ...event,
      body: `{"sku":"${marker}"}`,
      isBase64Encoded: true,
    });
    for (const dialect of dialectNames) {
      const outcome = await send(ordersApp(), postOrder('{}'), { dialect, tamper: flagged });
      // The body is read before routing, so no method or route is known yet.
      expectProblem(outcome, rejected({ code: 'INVALID_BASE64', status: 400, requestId }));
    }
  });

  it('request header with CR/LF → 400 INVALID_HEADER when the route reads headers; never echoed or logged', async () => {
    const note = `a\r\nset-cookie: session=${marker}`;
    const entry = { code: 'INVALID_HEADER', status: 400, method: 'GET', route: '/note', requestId };
    for (const dialect of dialectNames) {
      const outcome = await send(
        ordersApp(),
        { method: 'GET', path: '/note', headers: { 'x-note': note } },
        { dialect },
      );
      expect(outcome.headers['set-cookie']).toBeUndefined();
      expectProblem(outcome, rejected(entry));
      // A route that never reads headers never looks at them: its answer holds nothing of the value.
      const unread = await send(
        ordersApp(),
        { method: 'GET', path: '/etc/passwd', headers: { 'x-note': note } },
        { dialect },
      );
      expect(unread.status).toBe(200);
      expectNoLeak(unread.wire);
    }
  });

  it('response header with CR/LF set by a route → bare 500 INVALID_HEADER', async () => {
    for (const dialect of dialectNames) {
      const outcome = await send(ordersApp(), { method: 'GET', path: '/split' }, { dialect });
      expect(outcome.headers['set-cookie']).toBeUndefined();
      expect(JSON.parse(outcome.body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
      expectProblem(outcome, { level: 'error', message: 'request failed', code: 'INVALID_HEADER', status: 500 });
    }
  });

  it('unknown HTTP method → 501 METHOD_NOT_IMPLEMENTED (a known one not allowed → 405)', async () => {
    const notImplemented = { code: 'METHOD_NOT_IMPLEMENTED', status: 501, method: '(other)', requestId };
    for (const dialect of dialectNames) {
      const brew = await send(ordersApp(), { method: 'BREW', path: '/orders', body: marker }, { dialect });
      expectProblem(brew, rejected(notImplemented));
      expectProblem(
        await send(ordersApp(), { method: 'BREW', path: '/nowhere' }, { dialect }),
        rejected(notImplemented),
      );
    }
    const remove = await send(ordersApp(), { method: 'DELETE', path: '/orders' });
    expectProblem(remove, rejected({ code: 'METHOD_NOT_ALLOWED', status: 405, method: 'DELETE', requestId }));
    expect(remove.headers.allow).toBe('OPTIONS, POST');
  });

  it('path with `..` or encoded slashes → 400 PATH_DOT_SEGMENT, or the literal value in one parameter', async () => {
    const dotSegment = rejected({ code: 'PATH_DOT_SEGMENT', status: 400, method: 'GET', requestId });
    for (const dialect of dialectNames) {
      const get = (path: string) => send(ordersApp(), { method: 'GET', path }, { dialect });
      expectProblem(await get('/files/../etc/passwd'), dotSegment);
      expectProblem(await get('/files/%2E%2E/etc/passwd'), dotSegment);
      // A decoded `%2F` stays inside its segment: the /etc/passwd route is never reached.
      for (const [path, name] of [
        ['/files/..%2Fetc%2Fpasswd', '../etc/passwd'],
        ['/files/a%2Fb', 'a/b'],
      ] as const) {
        const outcome = await get(path);
        expect([outcome.status, JSON.parse(outcome.body)]).toEqual([200, { name }]);
        expect([...outcome.entries, ...outcome.lines]).toEqual([]);
      }
    }
  });

  it('a route that throws → bare 500, error line with the class name only', async () => {
    const failed = {
      level: 'error',
      message: 'request failed',
      status: 500,
      method: 'GET',
      error: 'TypeError',
    } as const;
    for (const dialect of dialectNames) {
      const now = await send(ordersApp(), { method: 'GET', path: '/crash' }, { dialect });
      expect(JSON.parse(now.body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
      expectProblem(now, { ...failed, route: '/crash', requestId });
      // A rejection is reported by the route's own handler, made when the route was defined: no request id there.
      const later = await send(ordersApp(), { method: 'GET', path: '/crash-later' }, { dialect });
      expectProblem(later, { ...failed, route: '/crash-later' });
    }
  });
});
