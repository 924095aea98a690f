import { describe, expect, it } from '@jest/globals';
import type { Context } from 'aws-lambda';
import { deadlineOf } from './deadline-of.js';

const withRemaining = (ms: number) => ({ getRemainingTimeInMillis: () => ms }) as unknown as Context;

describe('deadlineOf', () => {
  it('is the Lambda timeout less the margin, 1,000 ms unless told', () => {
    const before = Date.now();
    const told = deadlineOf(withRemaining(30_000), 250);
    const unTold = deadlineOf(withRemaining(30_000));
    const after = Date.now();
    expect(told).toBeGreaterThanOrEqual(before + 29_750);
    expect(told).toBeLessThanOrEqual(after + 29_750);
    expect(unTold).toBeGreaterThanOrEqual(before + 29_000);
    expect(unTold).toBeLessThanOrEqual(after + 29_000);
  });

  it('is never reached without a Lambda clock (a bare test context, or none)', () => {
    expect(deadlineOf({} as Context)).toBe(Number.POSITIVE_INFINITY);
    expect(deadlineOf(undefined as unknown as Context)).toBe(Number.POSITIVE_INFINITY);
  });
});
