import { describe, expect, it } from '@jest/globals';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { HttpError } from './http-error.js';
import { compileValidator, type RequestParts } from './validate-request.js';

/** A Standard Schema that takes strings (upper-casing them) and refuses anything else, sync or async. */
function text(async = false): StandardSchemaV1<unknown, string> {
  const validate = (value: unknown): StandardSchemaV1.Result<string> =>
    typeof value === 'string' ? { value: value.toUpperCase() } : { issues: [{ message: 'not text', path: ['x'] }] };
  return {
    '~standard': {
      version: 1,
      vendor: 'test',
      validate: (value) => (async ? Promise.resolve(validate(value)) : validate(value)),
    },
  };
}

const request = (parts: Partial<RequestParts>): RequestParts => ({
  params: {},
  query: {},
  headers: {},
  body: undefined,
  rawBody: undefined,
  header: () => undefined,
  ...parts,
});

const caught = (run: () => unknown): HttpError => {
  try {
    run();
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('no error');
};

describe('compileValidator', () => {
  it('compiles nothing for a route without schemas', () => {
    expect(compileValidator({})).toBeUndefined();
  });

  it('replaces each declared part with its output, synchronously', () => {
    const parts = request({ params: 'a', query: 'b' });
    expect(compileValidator({ params: text(), query: text() })?.(parts)).toBeUndefined();
    expect([parts.params, parts.query]).toEqual(['A', 'B']);
  });

  it('collects every failure in part order: 400 when more than the body is wrong, 422 for the body alone', () => {
    const both = caught(() => compileValidator({ query: text(), body: text() })?.(request({ query: 1, rawBody: '2' })));
    expect([both.status, both.errors.map((problem) => problem.in)]).toEqual([400, ['query', 'body']]);
    const body = caught(() => compileValidator({ body: text() })?.(request({ rawBody: '2' })));
    expect([body.status, body.errors]).toEqual([422, [{ in: 'body', path: 'x', message: 'not text' }]]);
  });

  it('waits for an asynchronous schema, problems still in part order', async () => {
    const validate = compileValidator({ params: text(), query: text(true), body: text() });
    const ok = request({ params: 'a', query: 'b', rawBody: '"c"' });
    await expect(validate?.(ok)).resolves.toBeUndefined();
    expect([ok.params, ok.query, ok.body]).toEqual(['A', 'B', 'C']);
    const wrong = validate?.(request({ params: 1, query: 2, rawBody: '3' }));
    const error = await (wrong as Promise<undefined>).catch((thrown: HttpError) => thrown);
    expect((error as HttpError).errors.map((problem) => problem.in)).toEqual(['params', 'query', 'body']);
  });
});
