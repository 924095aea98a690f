import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { ResponseTooLargeError } from '@switchboard/core';
import { lambdaContext } from '@switchboard/testing';
import type { Context } from 'aws-lambda';
import { functionUrlEvent } from '../test/requests.js';
import { streamingRuntime as runtime, type StreamingEntry } from '../test/streaming-runtime.js';
import { httpApp } from './app.js';
import { reply } from './reply.js';
import { streamingResponseLimit } from './response-limit.js';
import { toStreamingHandler } from './streaming.js';

/** Runs the handler into a sink that keeps only a byte count and the first 64 KiB (the prelude). */
async function invoke(handler: unknown, path: string, context: Context = {} as Context) {
  const sink = new PassThrough();
  let bytes = 0;
  const head: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => {
    if (bytes < 65_536) head.push(chunk);
    bytes += chunk.byteLength;
  });
  const outcome = await (handler as StreamingEntry)(functionUrlEvent({ method: 'GET', path }), sink, context).then(
    () => undefined,
    (error: unknown) => error,
  );
  const wire = Buffer.concat(head);
  const split = wire.indexOf(Buffer.alloc(8));
  return { outcome, bytes, metadata: JSON.parse(wire.subarray(0, split).toString()), rest: wire.subarray(split + 8) };
}

const mebibyte = new Uint8Array(1024 * 1024).fill(65);
let produced = 0;
let closed = false;

/** Yields 1 MiB pieces for ever, counting them; `closed` once told to stop. */
async function* endless() {
  try {
    for (;;) {
      produced++;
      yield mebibyte;
    }
  } finally {
    closed = true;
  }
}

const app = httpApp()
  .get('/endless', () => reply.stream(200, endless(), 'application/octet-stream'))
  .get('/whole', () => reply.text(200, `secret-${'x'.repeat(4_000)}`))
  .get('/never', () => new Promise(() => {}));

describe('function URL streaming limits', () => {
  it('stops at Lambda’s 200 MB streaming cap: the route is told to stop and the handler fails', async () => {
    produced = 0;
    closed = false;
    const { outcome, bytes, metadata } = await invoke(toStreamingHandler(app, runtime), '/endless');
    expect(metadata.statusCode).toBe(200);
    expect(outcome).toBeInstanceOf(ResponseTooLargeError);
    expect(outcome).toMatchObject({ code: 'RESPONSE_TOO_LARGE', source: 'function-url', limitBytes: 200_000_000 });
    expect(bytes).toBeLessThanOrEqual(streamingResponseLimit);
    // Every whole MiB that fits was sent; the one past the cap was not.
    expect(bytes).toBeGreaterThan(streamingResponseLimit - mebibyte.byteLength);
    expect(produced).toBe(Math.ceil(streamingResponseLimit / mebibyte.byteLength));
    expect(closed).toBe(true);
  });

  it('refuses a whole body over the limit before the status line, with a 500 problem', async () => {
    const handler = toStreamingHandler(app, runtime, { responseLimitBytes: 1_000 });
    const { outcome, metadata, rest } = await invoke(handler, '/whole');
    expect(outcome).toBeUndefined();
    expect(metadata).toMatchObject({ statusCode: 500, headers: { 'content-type': 'application/problem+json' } });
    expect(JSON.parse(rest.toString())).toMatchObject({ title: 'Response Too Large', status: 500 });
    expect(rest.toString()).not.toContain('secret');
  });

  it('answers 504 before the status line when the route is still running at the margin', async () => {
    const handler = toStreamingHandler(
      httpApp({ timeoutMarginMs: 950 }).get('/never', () => new Promise(() => {})),
      runtime,
    );
    const { outcome, metadata } = await invoke(handler, '/never', lambdaContext({ timeoutMs: 1_000 }));
    expect(outcome).toBeUndefined();
    expect(metadata).toMatchObject({ statusCode: 504, headers: { 'content-type': 'application/problem+json' } });
  });
});
