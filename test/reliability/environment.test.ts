/**
 * No environment variable reaches a caller or a default log line: not when a
 * handler throws an error that quotes one (a connection string in a driver's
 * message, say), not in a validation failure, not in an unknown-event error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { httpApp, reply } from '@switchboard/http';
import { sqs } from '@switchboard/sources/sqs';
import { events } from '@switchboard/testing';
import * as z from 'zod';
import { consoleLines } from './capture.js';
import { context, dialectNames, send } from './http-calls.js';

const secretName = 'SWITCHBOARD_TEST_DATABASE_URL';
const secret = 'postgres://admin:hunter2-7f3a@db.internal:5432/orders';

beforeAll(() => {
  process.env[secretName] = secret;
});
afterAll(() => {
  delete process.env[secretName];
});

/** Every environment value long enough to be recognisable, the planted secret among them. */
function environmentValues(): string[] {
  return Object.values(process.env).filter((value): value is string => value !== undefined && value.length >= 12);
}

function expectNoEnvironmentValue(texts: readonly string[]): void {
  const values = environmentValues();
  expect(values).toContain(secret);
  for (const text of texts) {
    const quoted = values.filter((value) => text.includes(value));
    expect(quoted).toEqual([]);
  }
}

const quotingApp = () =>
  httpApp()
    .get('/connect', () => {
      throw new Error(`connection refused: ${process.env[secretName]}`);
    })
    .post('/orders', { body: z.object({ sku: z.string() }) }, (req) => reply.json(201, req.body));

describe('environment variables never leak', () => {
  it('an HTTP route whose error quotes one → bare 500, no value in the answer or the log', async () => {
    for (const dialect of dialectNames) {
      const outcome = await send(quotingApp, { method: 'GET', path: '/connect' }, { dialect });
      expect(outcome.status).toBe(500);
      expectNoEnvironmentValue([outcome.wire, ...outcome.lines, JSON.stringify(outcome.entries)]);
    }
  });

  it('an invalid body holding one → 422 naming the field, never the value', async () => {
    const outcome = await send(quotingApp, {
      method: 'POST',
      path: '/orders',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 42, note: secret }),
    });
    expect(outcome.status).toBe(422);
    expectNoEnvironmentValue([outcome.wire, ...outcome.lines]);
  });

  it('a record handler whose error quotes one, and an unknown event holding one → default log lines without it', async () => {
    const app = router().on(sqs, async () => {
      throw new Error(`cannot reach ${process.env[secretName]}`);
    });
    const lines = await consoleLines(async () => {
      await app.handler(events.sqs(), context).catch(() => undefined);
      await app.handler({ connection: secret }, context).catch(() => undefined);
    });
    expect(lines).toHaveLength(2);
    expectNoEnvironmentValue(lines);
  });
});
