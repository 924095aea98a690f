import { describe, expect, it } from '@jest/globals';
import { type LogEntry, router } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import fc from 'fast-check';
import { readAnswer } from '../test/read-answer.js';
import { albEvent, functionUrlEvent, httpApiEvent, latticeEvent, restEvent } from '../test/requests.js';
import { httpApp } from './app.js';
import { cors } from './cors.js';
import { albDialect } from './dialects/alb.js';
import { apigwRestDialect } from './dialects/apigw-rest.js';
import type { Dialect } from './dialects/dialect.js';
import { apigwHttpDialect, functionUrlDialect } from './dialects/payload-v2.js';
import { vpcLatticeDialect } from './dialects/vpc-lattice.js';
import { reply } from './reply.js';
import { boundOfResponse, responseLimits } from './response-limit.js';

const context = {} as Context;
const get = (path: string) => ({ method: 'GET', path, headers: { origin: 'https://shop.example' } });

const callers: readonly { dialect: Dialect; event: (path: string) => unknown }[] = [
  { dialect: apigwRestDialect, event: (path) => restEvent(get(path)) },
  { dialect: apigwHttpDialect, event: (path) => httpApiEvent(get(path)) },
  { dialect: functionUrlDialect, event: (path) => functionUrlEvent(get(path)) },
  { dialect: albDialect, event: (path) => albEvent(get(path), false) },
  { dialect: vpcLatticeDialect, event: (path) => latticeEvent(get(path), 2) },
];

/** What Lambda hands the caller: the JSON of the result, in UTF-8. */
const wireSize = (result: unknown) => Buffer.byteLength(JSON.stringify(result), 'utf8');

describe.each(callers)('response limit for $dialect.id', ({ dialect, event }) => {
  const limit = responseLimits[dialect.id];
  // `n` in the path sets the size; the text starts with a word the error must never repeat.
  const app = httpApp({ cors: cors({ origins: ['https://shop.example'] }) })
    .get('/text/{n}', (req) => reply.text(200, `secret-${'x'.repeat(Number(req.params.n))}`))
    .get('/bytes/{n}', (req) => reply.bytes(200, new Uint8Array(Number(req.params.n)).fill(1), 'image/png'))
    .get('/stream/{n}', (req) => reply.stream(200, pieces(Number(req.params.n)), 'text/plain'));
  const handler = app.mount(router(), [dialect]).handler;

  it('delivers the largest answer the caller takes unchanged', async () => {
    const result = await handler(event(`/text/${limit - 2_000}`), context);
    expect(readAnswer(dialect.source, result).status).toBe(200);
    expect(wireSize(result)).toBeLessThanOrEqual(limit);
  });

  it('answers a 500 problem+json naming the limit, never the content, for one byte too many', async () => {
    const result = await handler(event(`/text/${limit}`), context);
    const answer = readAnswer(dialect.source, result);
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toEqual(['application/problem+json']);
    expect(JSON.parse(answer.text)).toEqual({
      type: 'about:blank',
      title: 'Response Too Large',
      status: 500,
      detail: `The response is larger than the ${limit} bytes this caller accepts`,
    });
    expect(answer.text).not.toContain('secret');
    // CORS headers stay, so the browser can read the error.
    expect(answer.headers['access-control-allow-origin']).toEqual(['https://shop.example']);
    expect(answer.schemaIssues).toEqual([]);
  });

  it('logs the refusal as an error line naming the code and status, not the content', async () => {
    const entries: LogEntry[] = [];
    const logged = app.mount(router({ log: (entry) => entries.push(entry) }), [dialect]).handler;
    await logged(event(`/text/${limit}`), context);
    expect(entries).toEqual([
      { level: 'error', message: 'response too large', code: 'RESPONSE_TOO_LARGE', status: 500 },
    ]);
  });

  it('counts a binary body as its base64, 4/3 of its bytes', async () => {
    // Fewer bytes than the limit, but more once base64-encoded.
    const bytes = Math.ceil((limit * 3) / 4);
    expect(bytes).toBeLessThan(limit);
    const answer = readAnswer(dialect.source, await handler(event(`/bytes/${bytes}`), context));
    expect(answer.status).toBe(500);
  });

  it('stops collecting a streamed body once it passes the limit', async () => {
    produced = 0;
    finished = false;
    const answer = readAnswer(dialect.source, await handler(event(`/stream/${limit + 1}`), context));
    expect(answer.status).toBe(500);
    // 64 KiB pieces: reading stopped at the first piece past the limit, and the route's generator was closed.
    expect(produced).toBe(Math.ceil((limit + 1) / piece.byteLength));
    expect(finished).toBe(true);
  });
});

const piece = new Uint8Array(64 * 1024).fill(2);
let produced = 0;
let finished = false;

/** Yields `total` bytes and more (it never ends by itself), counting what it produced. */
async function* pieces(total: number) {
  try {
    for (let sent = 0; ; sent += piece.byteLength) {
      produced++;
      yield piece;
      if (sent > total * 2) throw new Error('read far past the limit');
    }
  } finally {
    finished = true;
  }
}

// Header names and values as routes write them; text that JSON escapes or that takes several UTF-8 bytes.
const token = fc.string({ unit: fc.constantFrom('a', 'Z', '-', '1'), minLength: 1, maxLength: 12 });
const mixed = fc.string({
  unit: fc.constantFrom('a', ' ', '"', '\\', '\u0001', 'é', '😀', '\ud800'),
  maxLength: 400,
  size: 'max',
});
// Control characters alone: the worst case, 6 bytes each once escaped.
const text = fc.oneof(mixed, fc.string({ unit: fc.constant('\u0001'), minLength: 200, maxLength: 400 }));
const responses = fc.record(
  {
    status: fc.integer({ min: 200, max: 599 }),
    headers: fc.dictionary(token, fc.oneof(text, fc.array(text, { maxLength: 3 }))),
    cookies: fc.array(text, { maxLength: 3 }),
    body: fc.oneof(text, fc.uint8Array({ maxLength: 64 })),
  },
  { requiredKeys: ['status'] },
);

describe('boundOfResponse', () => {
  it.each([
    ...callers.map(({ dialect, event }) => ({ dialect, event: event('/x') })),
    { dialect: albDialect, event: albEvent(get('/x'), true) },
    { dialect: vpcLatticeDialect, event: latticeEvent(get('/x'), 1) },
  ])(
    'bounds what $dialect.id writes, so a result under it is never serialized to be measured',
    ({ dialect, event }) => {
      fc.assert(
        fc.property(responses, (response) => {
          let result: unknown;
          try {
            result = dialect.toResult(response, event);
          } catch {
            return; // a header the dialect refuses to write (CR/LF) is answered 500 elsewhere
          }
          expect(wireSize(result)).toBeLessThanOrEqual(boundOfResponse(response));
        }),
        { numRuns: 300 },
      );
    },
  );
});
