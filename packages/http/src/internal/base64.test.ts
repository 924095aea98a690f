import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isWholeBase64 } from './base64.js';

const check = (text: string) => isWholeBase64(text, Buffer.from(text, 'base64').byteLength);

describe('isWholeBase64', () => {
  it('accepts any bytes encoded as base64, padded or not, standard or URL-safe', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString('base64');
        expect(check(encoded)).toBe(true);
        expect(check(encoded.replace(/=+$/, ''))).toBe(true);
        expect(check(Buffer.from(bytes).toString('base64url'))).toBe(true);
      }),
    );
  });

  it.each([
    ['text that is not base64', '{"sku":"a"}'],
    ['a character outside the alphabet', 'aGV@bG8='],
    ['padding inside the text', 'aG==bG8='],
    ['a line break', 'aGVs\nbG8='],
    ['one character past a full group', 'aGVsb'],
    ['padding on a length that is not a multiple of 4', 'aGVsbG8=='],
    ['padding alone', '===='],
  ])('refuses %s', (_name, text) => {
    expect(check(text)).toBe(false);
  });
});
