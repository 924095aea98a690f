import { describe, expect, it } from '@jest/globals';
import { unmarshall } from '../src/index.js';

describe('unmarshall', () => {
  it('turns every DynamoDB attribute type into a plain value', () => {
    const item = unmarshall({
      s: { S: 'text' },
      n: { N: '-12.5' },
      b: { B: Buffer.from('hi').toString('base64') },
      t: { BOOL: true },
      z: { NULL: true },
      ss: { SS: ['a', 'b'] },
      ns: { NS: ['1', '2'] },
      bs: { BS: [Buffer.from('x').toString('base64')] },
      l: { L: [{ S: 'x' }, { N: '1' }] },
      m: { M: { nested: { M: { deep: { N: '0.001' } } } } },
    });
    expect(item).toEqual({
      s: 'text',
      n: -12.5,
      b: new Uint8Array(Buffer.from('hi')),
      t: true,
      z: null,
      ss: new Set(['a', 'b']),
      ns: new Set([1, 2]),
      bs: new Set([new Uint8Array(Buffer.from('x'))]),
      l: ['x', 1],
      m: { nested: { deep: 0.001 } },
    });
  });

  it('refuses a number a JavaScript number would round, instead of corrupting it', () => {
    expect(() => unmarshall({ big: { N: '12345678901234567890' } })).toThrow(/exactly/);
    expect(() => unmarshall({ precise: { N: '0.12345678901234567' } })).toThrow(/exactly/);
    expect(unmarshall({ ok: { N: '9007199254740991' }, exp: { N: '1.5E3' } })).toEqual({
      ok: 9007199254740991,
      exp: 1500,
    });
  });

  // Found by the fuzz tests (test/fuzz): an attribute named `__proto__` became the item's prototype,
  // so a handler read `item.isAdmin === true` from an item that has no such attribute.
  it('keeps an attribute named __proto__ as data, at any depth, and changes no prototype', () => {
    const image = JSON.parse('{"__proto__":{"M":{"isAdmin":{"BOOL":true}}},"m":{"M":{"__proto__":{"S":"x"}}}}');
    const item = unmarshall(image);
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(item.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toEqual({ isAdmin: true });
    expect(Object.keys(item)).toEqual(['__proto__', 'm']);
    expect(Object.getOwnPropertyDescriptor(item.m, '__proto__')?.value).toBe('x');
  });
});
