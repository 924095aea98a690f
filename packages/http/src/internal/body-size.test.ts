import { describe, expect, it } from '@jest/globals';
import { HttpError } from '../http-error.js';
import { assertBodyWithin, measureBodiesFrom } from './body-size.js';

describe('the request body limit', () => {
  it('counts text in UTF-8 bytes and binary bodies in bytes', () => {
    expect(() => assertBodyWithin('€'.repeat(4), 12)).not.toThrow();
    expect(() => assertBodyWithin('€'.repeat(5), 12)).toThrow(expect.objectContaining({ status: 413 }));
    expect(() => assertBodyWithin(new Uint8Array(13), 12)).toThrow(HttpError);
  });

  it('skips measuring only bodies too short to exceed the limit, even at 3 bytes a character', () => {
    const from = measureBodiesFrom(12);
    expect(from).toBe(4);
    // The longest string left unmeasured is still within the limit.
    expect(Buffer.byteLength('€'.repeat(from))).toBeLessThanOrEqual(12);
  });
});
