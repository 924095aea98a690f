import { describe, expect, it } from '@jest/globals';
import { formatPath } from './format-path.js';

describe('formatPath', () => {
  it('writes keys dotted and indices in brackets', () => {
    expect(formatPath(['Records', 3, 'body'])).toBe('Records[3].body');
    expect(formatPath([0, 'sku'])).toBe('[0].sku');
    expect(formatPath([])).toBe('');
  });

  it('reads the keys of Standard Schema path segments like plain keys', () => {
    expect(formatPath(['items', { key: 2 }, { key: 'sku' }])).toBe('items[2].sku');
  });
});
