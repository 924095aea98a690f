import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { settling } from './internal/settle-with.js';
import { consoleLog, errorClassName, type LogEntry, redactHeaders, toLogger, writeLog } from './log.js';
import { router } from './router.js';
import { defineSource } from './source.js';

const secret = 'PLANTED-SECRET-51f0';
const context = { awsRequestId: 'req-42' } as Context;
const docs = { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] };

// A tiny user-defined source: the router's logging does not depend on which source claimed the event.
const orders = defineSource({
  id: 'orders',
  invocation: 'sync',
  schema: z.object({ orderId: z.string() }),
  detect: (event): event is { orderId: string } => typeof event === 'object' && event !== null && 'orderId' in event,
  sample: () => ({ orderId: 'o-1' }),
  docs,
});

// Open variants named by event text, as EventBridge's detail-type is.
const signals = defineSource({
  id: 'signals',
  invocation: 'async',
  schema: z.object({ kind: z.string() }),
  detect: (event): event is { kind: string } => typeof event === 'object' && event !== null && 'kind' in event,
  variants: ['created'],
  openVariants: true,
  variantOf: (event) => event.kind,
  sample: () => ({ kind: 'created' }),
  docs,
});

// A source that owns its answer and fails the invocation on purpose, as a REST authorizer's 401 does.
const gate = defineSource({
  id: 'gate',
  invocation: 'sync',
  schema: z.object({ token: z.string() }),
  detect: (event): event is { token: string } => typeof event === 'object' && event !== null && 'token' in event,
  settle: settling((run) => run().catch(() => Promise.reject(new Error('Unauthorized')))),
  sample: () => ({ token: 't' }),
  docs,
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('redactHeaders', () => {
  it('replaces every credential header, in any case, and keeps the others', () => {
    const headers = {
      Authorization: `Bearer ${secret}`,
      'PROXY-AUTHORIZATION': secret,
      cookie: `session=${secret}`,
      'Set-Cookie': secret,
      'x-api-key': secret,
      'X-Amz-Security-Token': secret,
      accept: 'application/json',
    };
    const redacted = redactHeaders(headers);
    expect(redacted).toEqual({
      Authorization: '[redacted]',
      'PROXY-AUTHORIZATION': '[redacted]',
      cookie: '[redacted]',
      'Set-Cookie': '[redacted]',
      'x-api-key': '[redacted]',
      'X-Amz-Security-Token': '[redacted]',
      accept: 'application/json',
    });
    expect(headers.Authorization).toBe(`Bearer ${secret}`);
  });

  it('joins multi-value headers and drops absent ones', () => {
    expect(redactHeaders({ accept: ['a', 'b'], cookie: ['x', 'y'], gone: undefined })).toEqual({
      accept: 'a, b',
      cookie: '[redacted]',
    });
  });
});

describe('consoleLog', () => {
  it('writes one JSON line: warn entries to console.warn, error entries to console.error', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warning: LogEntry = { level: 'warn', message: 'unknown event', seen: ['a'] };
    consoleLog(warning);
    consoleLog({ level: 'error', message: 'handler threw', error: 'TypeError' });
    expect(warn.mock.calls).toEqual([[JSON.stringify(warning)]]);
    expect(error.mock.calls).toHaveLength(1);
    expect(JSON.parse(error.mock.calls[0]?.[0] as string)).toEqual({
      level: 'error',
      message: 'handler threw',
      error: 'TypeError',
    });
  });
});

describe('toLogger and writeLog', () => {
  it('defaults to the console without details, takes a sink, and is off with `log: false`', () => {
    const sink = () => undefined;
    expect(toLogger({})).toEqual({ write: consoleLog, details: false });
    expect(toLogger({ log: sink, logDetails: true })).toEqual({ write: sink, details: true });
    expect(toLogger({ log: false, logDetails: true })).toBeUndefined();
  });

  it('ignores a sink that throws, so the error being reported is not replaced', () => {
    const logger = toLogger({
      log: () => {
        throw new Error('sink down');
      },
    });
    expect(() => writeLog(logger as NonNullable<typeof logger>, { level: 'warn', message: 'x' })).not.toThrow();
  });
});

describe('errorClassName', () => {
  class PaymentDeclinedError extends Error {}

  it('names the class, never the message', () => {
    expect(errorClassName(new TypeError(secret))).toBe('TypeError');
    expect(errorClassName(new PaymentDeclinedError(secret))).toBe('PaymentDeclinedError');
  });

  it('names a thrown non-Error by its type', () => {
    expect(errorClassName(secret)).toBe('(string)');
    expect(errorClassName(null)).toBe('(null)');
    expect(errorClassName(Object.create(null))).toBe('Object');
  });
});

describe('the router’s log lines', () => {
  const run = async (options: Parameters<typeof router>[0], handler: () => unknown, event: unknown) => {
    const entries: LogEntry[] = [];
    const app = router({ log: (entry) => entries.push(entry), ...options }).on(orders, handler as never);
    const outcome = await app.handler(event, context).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
    return { entries, outcome };
  };

  it('writes nothing when the invocation succeeds', async () => {
    const { entries, outcome } = await run({}, () => ({ ok: secret }), { orderId: secret });
    expect(outcome).toEqual({ ok: true, value: { ok: secret } });
    expect(entries).toEqual([]);
  });

  it('names the class of an error a handler rejects with, and rethrows it unchanged', async () => {
    const thrown = new RangeError(secret);
    const { entries, outcome } = await run({}, () => Promise.reject(thrown), { orderId: secret });
    expect(outcome).toEqual({ ok: false, error: thrown });
    expect(entries).toEqual([
      { level: 'error', message: 'handler threw', error: 'RangeError', source: 'orders', requestId: 'req-42' },
    ]);
  });

  it('names a variant as code names it, and any variant that is event text as `(other)`', async () => {
    const entries: LogEntry[] = [];
    const app = router({ log: (entry) => entries.push(entry) })
      .on(signals, () => Promise.reject(new Error('x')))
      .on(signals.variant('created'), () => Promise.reject(new Error('x')));
    await app.handler({ kind: 'created' }, context).catch(() => undefined);
    await app.handler({ kind: secret }, context).catch(() => undefined);
    expect(entries.map((entry) => entry.variant)).toEqual(['created', '(other)']);
  });

  it('writes a deliberate failure of a source that owns its answer as a warn refusal', async () => {
    const entries: LogEntry[] = [];
    const app = router({ log: (entry) => entries.push(entry) }).on(gate, () => Promise.reject(new Error(secret)));
    await expect(app.handler({ token: secret }, context)).rejects.toThrow('Unauthorized');
    expect(entries).toEqual([
      { level: 'warn', message: 'refused by source', error: 'Error', source: 'gate', requestId: 'req-42' },
    ]);
  });

  it('adds the message only with `logDetails`', async () => {
    const { entries } = await run({ logDetails: true }, () => Promise.reject(new Error(secret)), { orderId: 'o' });
    expect(entries).toEqual([expect.objectContaining({ error: 'Error', detail: secret })]);
  });

  it('writes nothing with `log: false`, and the error still reaches the caller', async () => {
    const app = router({ log: false }).on(orders, () => Promise.reject(new Error('boom')));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(app.handler({ orderId: 'o' }, context)).rejects.toThrow('boom');
    expect(app.logger).toBeUndefined();
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
  });

  it('keeps the handler’s error when the sink itself throws, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const app = router({
        log: () => {
          throw new Error('sink down');
        },
      }).on(orders, () => Promise.reject(new TypeError('handler failed')));
      await expect(app.handler({ orderId: 'o' }, context)).rejects.toThrow('handler failed');
      // Node reports unhandled rejections after the microtask queue drains: wait one macrotask.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
