import { describe, expect, it } from '@jest/globals';
import { medianPairedRatio } from './measure.js';

describe('medianPairedRatio', () => {
  it('takes each ratio within one pass, then the median of those ratios', () => {
    // Per pass: 1.1, 0.9, 2.0. The ratio of the two medians would be 100 / 100 = 1.
    expect(medianPairedRatio([110, 90, 100], [100, 100, 50])).toBeCloseTo(1.1, 10);
  });

  it('refuses times that are not one per pass on both sides', () => {
    expect(() => medianPairedRatio([1, 2], [1])).toThrow('one baseline time per pass');
  });
});
