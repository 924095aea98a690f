import { describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { ValidationError } from '../errors.js';
import { assertValid, listIssues } from './validate.js';

// A JSON answer (API Gateway payload 2.0, AppSync): zod checks `z.json()` by recursion.
const jsonAnswer = z.json();

function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

// Found by the fuzz tests (test/fuzz): a handler answering 5,000 nested arrays made validation throw a RangeError.
describe('validation of values nested too deeply for a recursive schema', () => {
  const deep = nestedArrays(20_000);

  it('overflows the stack in zod itself (the case this guards against)', () => {
    expect(() => safeParse(jsonAnswer, deep)).toThrow(RangeError);
  });

  it('is a ValidationError with one issue at the root, not a RangeError', () => {
    let thrown: unknown;
    try {
      assertValid(jsonAnswer, deep, 'apigw-http', 'response');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([{ path: '', message: 'nested too deeply to check' }]);
  });

  it('is one issue for tools that list issues', () => {
    expect(listIssues(jsonAnswer, deep)).toEqual([{ path: '', message: 'nested too deeply to check' }]);
  });

  it('still accepts nesting zod can check', () => {
    expect(listIssues(jsonAnswer, nestedArrays(50))).toEqual([]);
  });
});
