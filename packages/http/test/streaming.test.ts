import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { DefinitionError } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { httpApp, reply, toStreamingHandler } from '../src/index.js';
import { functionUrlEvent } from './requests.js';
import { streamingRuntime as runtime, type StreamingEntry } from './streaming-runtime.js';

async function invokeStreaming(handler: unknown, event: unknown) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await (handler as StreamingEntry)(event, sink, {} as Context);
  const wire = Buffer.concat(chunks);
  const split = wire.indexOf(Buffer.alloc(8));
  return { metadata: JSON.parse(wire.subarray(0, split).toString()), body: wire.subarray(split + 8).toString() };
}

async function* countdown() {
  for (const n of [3, 2, 1]) yield `${n}\n`;
  yield new TextEncoder().encode('liftoff\n');
}

const app = httpApp()
  .get('/countdown', () => reply.stream(200, countdown(), 'text/plain', { cookies: ['seen=1'] }))
  .get('/plain', () => ({ ok: true }));

describe('function URL response streaming', () => {
  it('sends status, headers and cookies first, then every piece the route yields', async () => {
    const handler = toStreamingHandler(app, runtime);
    const { metadata, body } = await invokeStreaming(handler, functionUrlEvent({ method: 'GET', path: '/countdown' }));
    expect(metadata).toEqual({ statusCode: 200, headers: { 'content-type': 'text/plain' }, cookies: ['seen=1'] });
    expect(body).toBe('3\n2\n1\nliftoff\n');
  });

  it('streams ordinary answers and errors too', async () => {
    const handler = toStreamingHandler(app, runtime);
    const plain = await invokeStreaming(handler, functionUrlEvent({ method: 'GET', path: '/plain' }));
    expect(plain.metadata.statusCode).toBe(200);
    expect(JSON.parse(plain.body)).toEqual({ ok: true });
    const missing = await invokeStreaming(handler, functionUrlEvent({ method: 'GET', path: '/nope' }));
    expect(missing.metadata).toMatchObject({
      statusCode: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  });

  it('collects a streamed body for callers that cannot stream', async () => {
    const { apigwHttpDialect } = await import('../src/index.js');
    const { httpApiEvent } = await import('./requests.js');
    const result = (await app.serve(
      apigwHttpDialect,
      httpApiEvent({ method: 'GET', path: '/countdown' }),
      {} as Context,
    )) as {
      body: string;
      isBase64Encoded: boolean;
    };
    expect(Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8').toString()).toBe('3\n2\n1\nliftoff\n');
  });

  it('refuses to build outside the Lambda runtime without a runtime given', () => {
    expect(() => toStreamingHandler(app, undefined)).toThrow(DefinitionError);
  });
});
