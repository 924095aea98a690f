import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findHeader, parseCookies, parseRawQuery, toHeaders, toHeadersAll, toQueryAll } from './message-parts.js';

// Found by the fuzz tests (test/fuzz): names a client chooses that are also Object.prototype
// members made `?constructor=1` a 500 (`push` of a function) and dropped `__proto__` silently.
describe('maps keyed by client-chosen names', () => {
  // As Lambda delivers it: parsed JSON, where `__proto__` is an own key.
  const single = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t"}') as Record<string, string>;

  it('keeps query keys named like Object.prototype members, each its own list', () => {
    const query = parseRawQuery('constructor=1&__proto__=2&toString=3&constructor=4');
    expect(Object.keys(query)).toEqual(['constructor', '__proto__', 'toString']);
    expect(Object.getOwnPropertyDescriptor(query, '__proto__')?.value).toEqual(['2']);
    expect(query.constructor).toEqual(['1', '4']);
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
  });

  it('keeps them in single- and multi-value maps', () => {
    expect(Object.keys(toQueryAll(single, undefined))).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(toHeadersAll(single, undefined))).toEqual(['__proto__', 'constructor', 'tostring']);
    expect(Object.keys(toHeaders(single, undefined))).toEqual(['__proto__', 'constructor', 'tostring']);
    const multi = JSON.parse('{"__proto__":["a","b"],"Constructor":["c"]}') as Record<string, string[]>;
    expect(toHeaders(undefined, multi)).toEqual(JSON.parse('{"__proto__":"a, b","constructor":"c"}'));
  });

  it('keeps cookies named like Object.prototype members', () => {
    const cookies = parseCookies(['constructor=1; __proto__=2; toString=3']);
    expect(Object.keys(cookies)).toEqual(['constructor', '__proto__', 'toString']);
    expect(cookies.constructor).toBe('1');
  });

  it('changes no prototype', () => {
    parseRawQuery('__proto__=x');
    parseCookies(['__proto__=x']);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('one header read without building the map', () => {
  const sentName = fc.constantFrom(
    'content-type',
    'Content-Type',
    'CONTENT-TYPE',
    'content-typf',
    'Origin',
    'origin',
    'x',
    '\u212Aey',
  );
  const sentValue = fc.constantFrom('application/json', 'text/plain', '');
  const single = fc.option(fc.dictionary(sentName, sentValue), { nil: undefined });
  const multi = fc.option(fc.dictionary(sentName, fc.array(sentValue, { maxLength: 3 })), { nil: undefined });

  it('reads the value the whole header map holds, whatever the spelling and however many values', () => {
    fc.assert(
      fc.property(single, multi, fc.constantFrom('content-type', 'origin', 'key'), (one, many, name) => {
        expect(findHeader(one, many, name)).toBe(toHeaders(one, many)[name]);
      }),
    );
  });
});
