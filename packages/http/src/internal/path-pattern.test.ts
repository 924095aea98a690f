import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePattern } from './path-pattern.js';

// API Gateway's rule for a path parameter, written out on its own: the parser's answers must follow it.
const paramRule = /^\{([A-Za-z_]\w*)(\+?)\}$/;

describe('parsePattern', () => {
  it('reads static segments, parameters and a greedy last parameter, with one trailing slash allowed', () => {
    expect(parsePattern('/')).toEqual([]);
    expect(parsePattern('/users/{id}/')).toEqual([
      { kind: 'static', value: 'users' },
      { kind: 'param', name: 'id' },
    ]);
    expect(parsePattern('/files/{_path9+}')).toEqual([
      { kind: 'static', value: 'files' },
      { kind: 'greedy', name: '_path9' },
    ]);
  });

  it('takes a segment as a parameter exactly where the API Gateway rule does, and refuses other braces', () => {
    const piece = fc.constantFrom('{', '}', '+', 'a', 'Z', '_', '9', '-', '.', 'é', ' ');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (chars) => {
        const part = chars.join('');
        const rule = paramRule.exec(part);
        let parsed: unknown;
        try {
          parsed = parsePattern(`/x/${part}`)[1];
        } catch {
          parsed = 'refused';
        }
        if (rule !== null) {
          expect(parsed).toEqual({ kind: rule[2] === '+' ? 'greedy' : 'param', name: rule[1] });
        } else {
          expect(parsed).toEqual(/[{}]/.test(part) ? 'refused' : { kind: 'static', value: part });
        }
      }),
      { numRuns: 500 },
    );
  });
});
