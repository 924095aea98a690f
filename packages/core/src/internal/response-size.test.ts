import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { lambdaSyncResponseLimit, serializedSizeOver } from './response-size.js';

/** What Lambda counts: the UTF-8 bytes of the JSON it writes. */
const exactSize = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

// Strings that JSON escapes or that take several UTF-8 bytes: quotes, control characters, emoji, lone surrogates.
const awkwardText = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', 'é', '€', '😀', '\ud800', '\udc00'),
  maxLength: 40,
});
const answers = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(awkwardText, fc.oneof(awkwardText, fc.double(), fc.boolean(), fc.constant(null))),
  fc.array(awkwardText),
);

describe('serializedSizeOver', () => {
  it('reports exactly the serialized size when it exceeds the limit, and nothing otherwise', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: -3, max: 3 }), (answer, offset) => {
        const size = exactSize(answer);
        // Limits around the real size, so both the cheap bound and the exact measurement are exercised.
        const limit = Math.max(0, size + offset);
        expect(serializedSizeOver(answer, limit)).toBe(size > limit ? size : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('counts multi-byte characters and escapes as Lambda serializes them', () => {
    const text = `${'😀'.repeat(1_000)}${'"'.repeat(1_000)}${'\u0001'.repeat(1_000)}\ud800`;
    const size = exactSize({ body: text });
    expect(size).toBe(4_000 + 2_000 + 6_000 + 6 + '{"body":""}'.length);
    expect(serializedSizeOver({ body: text }, size - 1)).toBe(size);
    expect(serializedSizeOver({ body: text }, size)).toBeUndefined();
  });

  it('measures base64 bodies (no escapes) without serializing the answer, 4/3 of their bytes', () => {
    const within = { statusCode: 200, body: Buffer.alloc(4_500_000, 7).toString('base64'), isBase64Encoded: true };
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      expect(serializedSizeOver(within, lambdaSyncResponseLimit)).toBeUndefined();
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
    // 4.8 MB of bytes is 6.4 MB of base64: over the cap although the bytes are not.
    const over = { ...within, body: Buffer.alloc(4_800_000, 7).toString('base64') };
    expect(serializedSizeOver(over, lambdaSyncResponseLimit)).toBe(exactSize(over));
  });

  it('serializes nothing for an answer whose bound is already under the limit', () => {
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const answer = { batchItemFailures: Array.from({ length: 100 }, (_, i) => ({ itemIdentifier: `m-${i}` })) };
      expect(serializedSizeOver(answer, lambdaSyncResponseLimit)).toBeUndefined();
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
  });

  it('reports an answer just over Lambda’s 6 MB cap with its byte count', () => {
    const answer = { data: 'x'.repeat(lambdaSyncResponseLimit) };
    expect(serializedSizeOver(answer, lambdaSyncResponseLimit)).toBe(lambdaSyncResponseLimit + '{"data":""}'.length);
  });

  it('follows toJSON and typed arrays as JSON.stringify does', () => {
    const big = new Uint8Array(100_000).fill(255);
    const answer = { at: new Date(0), big };
    expect(serializedSizeOver(answer, 10)).toBe(exactSize(answer));
    expect(serializedSizeOver(answer, exactSize(answer))).toBeUndefined();
  });

  it('follows a plain object’s own toJSON, which JSON.stringify calls too', () => {
    // Its keys alone bound it at a few bytes; what it serializes to is 1 MB.
    const answer = { toJSON: () => ({ data: 'x'.repeat(1_000_000) }) };
    expect(serializedSizeOver(answer, 100)).toBe(exactSize(answer));
    expect(serializedSizeOver(answer, exactSize(answer))).toBeUndefined();
  });

  it('bounds objects that are not plain by their keys: a class instance, a `constructor` key, no prototype', () => {
    class Order {
      readonly id = 'o-1';
      readonly lines = ['x'.repeat(500)];
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { note: 'y'.repeat(500) });
    for (const answer of [new Order(), { constructor: 'z'.repeat(500) }, bare]) {
      expect(serializedSizeOver(answer, 10)).toBe(exactSize(answer));
      expect(serializedSizeOver(answer, exactSize(answer))).toBeUndefined();
    }
  });

  it('leaves an answer JSON cannot serialize (a cycle) to Lambda’s own error', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(serializedSizeOver(cyclic, 1_000)).toBeUndefined();
  });
});
