import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { UnknownEventError } from '@switchboard/core';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { s3 } from '@switchboard/sources/s3';
import { sqs } from '@switchboard/sources/sqs';
import type { Context } from 'aws-lambda';
import { handler } from '../src/handler.js';
import { startLocalServer } from '../src/local-server.js';

const context = {} as Context;

describe('multi-source function over HTTP (a real server on loopback)', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = await startLocalServer(handler, 0);
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string) =>
    fetch(`${base}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('creates an order from a valid JSON body with 201', async () => {
    const response = await post('{"item":"book","quantity":2}');
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ item: 'book', quantity: 2, id: expect.any(String) });
  });

  it('answers a malformed JSON body with a 400 problem+json and no internals', async () => {
    const response = await post('{"item":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ type: 'about:blank', title: 'Malformed JSON body', status: 400 });
    expect(text).not.toMatch(/at .*\.ts|SyntaxError/);
  });

  it('answers an invalid order with a 422 naming the failing fields', async () => {
    const response = await post('{"item":"","quantity":0}');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ detail: 'Invalid fields: item, quantity' });
  });

  it('serves GET /health and 404s unknown paths', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});

describe('multi-source function for its other callers', () => {
  it('fails only the SQS messages whose order is invalid', async () => {
    const [template] = sqs.sample().Records;
    if (template === undefined) throw new Error('sample has a record');
    const bodies = ['{"item":"a","quantity":1}', 'not json', '{"item":"b","quantity":-1}', '{"item":"c","quantity":3}'];
    const event = { Records: bodies.map((body, i) => ({ ...template, messageId: `m${i}`, body })) };
    await expect(handler(event, context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }],
    });
  });

  it('handles S3 ObjectCreated notifications and the nightly schedule', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(handler(s3.sample(), context)).resolves.toBeUndefined();
      const schedule = { ...eventbridge.sample(), source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };
      await expect(handler(schedule, context)).resolves.toBeUndefined();
      expect(log.mock.calls.map(([first]) => first)).toEqual(['stored', 'nightly run']);
    } finally {
      log.mockRestore();
    }
  });

  it('refuses an event it does not mount with UnknownEventError', async () => {
    await expect(handler({ jobName: 'x', jobQueue: 'y' }, context)).rejects.toBeInstanceOf(UnknownEventError);
  });
});
