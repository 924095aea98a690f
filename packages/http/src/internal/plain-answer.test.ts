import { describe, expect, it } from '@jest/globals';
import type { HttpResponse } from '@switchboard/core';
import fc from 'fast-check';
import { albDialect } from '../dialects/alb.js';
import { apigwRestDialect } from '../dialects/apigw-rest.js';
import type { Dialect } from '../dialects/dialect.js';
import { apigwHttpDialect, functionUrlDialect } from '../dialects/payload-v2.js';
import { vpcLatticeDialect } from '../dialects/vpc-lattice.js';
import { HttpError } from '../http-error.js';
import { toProblemResponse } from '../problem.js';
import { reply } from '../reply.js';
import { boundOfResponse, responseLimits } from '../response-limit.js';

// The events only tell ALB's single-value and multi-value modes apart.
const callers: readonly { readonly dialect: Dialect; readonly event: unknown }[] = [
  { dialect: apigwHttpDialect, event: {} },
  { dialect: functionUrlDialect, event: {} },
  { dialect: apigwRestDialect, event: {} },
  { dialect: albDialect, event: {} },
  { dialect: albDialect, event: { multiValueHeaders: {} } },
  { dialect: vpcLatticeDialect, event: { version: '2.0' } },
];

const name = fc.constantFrom('content-type', 'Content-Type', 'x-id', 'set-cookie', 'a\r\nb', '__proto__', 'vary');
const value = fc.constantFrom('application/json', 'text/plain; charset=utf-8', 'v', 'v\nw', '', 'x'.repeat(200));
const responseArb: fc.Arbitrary<HttpResponse> = fc.record(
  {
    status: fc.constantFrom(200, 201, 204, 404, 599),
    headers: fc.dictionary(name, fc.oneof(value, fc.array(value, { maxLength: 2 })), { maxKeys: 3 }),
    cookies: fc.array(fc.constantFrom('a=1', 'b=2; HttpOnly'), { maxLength: 2 }),
    body: fc.oneof(fc.string(), fc.constant(new Uint8Array([1, 2, 3])), fc.constant('x'.repeat(200_000))),
  },
  { requiredKeys: ['status'] },
);

describe.each(callers)('the plain writer of $dialect.id ($event)', ({ dialect, event }) => {
  it("writes exactly what the source's writer writes, and only answers within the caller's limit", () => {
    fc.assert(
      fc.property(responseArb, (response) => {
        const plain = dialect.toPlainResult(response, event);
        if (plain === undefined) return;
        expect(plain).toStrictEqual(dialect.toResult(response, event));
        expect(boundOfResponse(response)).toBeLessThanOrEqual(responseLimits[dialect.id]);
      }),
    );
  });
});

describe('answers written in one pass', () => {
  const problem = toProblemResponse(new HttpError(404, 'Not Found'));
  it.each([
    ['reply.json', reply.json(201, { id: '42' })],
    ['reply.text', reply.text(200, 'ok')],
    ['reply.empty', reply.empty()],
    ['a problem', problem],
  ])('%s takes the plain writer of every HTTP API, function URL, REST API and single-value ALB caller', (_, answer) => {
    for (const { dialect, event } of callers.slice(0, 4)) {
      expect(dialect.toPlainResult(answer, event)).toStrictEqual(dialect.toResult(answer, event));
    }
  });

  it('leaves cookies, bytes, a CR/LF, an upper-case name and a near-limit body to the general writer', () => {
    for (const answer of [
      reply.json(200, {}, { cookies: ['a=1'] }),
      reply.bytes(200, new Uint8Array([1]), 'application/octet-stream'),
      reply.text(200, 'ok', { headers: { 'x-id': 'a\r\nb' } }),
      reply.text(200, 'ok', { headers: { 'X-Id': '1' } }),
      reply.text(200, 'x'.repeat(200_000)),
    ]) {
      expect(albDialect.toPlainResult(answer, {} as never)).toBeUndefined();
    }
  });
});
