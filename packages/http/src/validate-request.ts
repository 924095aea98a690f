import type { StandardSchemaV1 } from '@standard-schema/spec';
import { formatPath } from '@switchboard/core';
import { type FieldProblem, HttpError } from './http-error.js';

/** Schemas a route may declare, any Standard Schema (zod, valibot, arktype...). */
export interface RouteSchemas {
  readonly params?: StandardSchemaV1;
  readonly query?: StandardSchemaV1;
  readonly headers?: StandardSchemaV1;
  readonly body?: StandardSchemaV1;
}

type Part = keyof RouteSchemas;

/**
 * The request a validator reads and updates in place: each declared part is
 * replaced by its schema's output. `rawBody` and `header` feed the JSON body.
 */
export interface RequestParts {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
  readonly rawBody: string | Uint8Array | undefined;
  header(name: string): string | undefined;
}

/** Validates a request's declared parts, in place; a promise only when a schema validates asynchronously. */
export type RequestValidator = (request: RequestParts) => undefined | Promise<undefined>;

const partNames = ['params', 'query', 'headers', 'body'] as const;

/**
 * Compiles the validation of a route's declared parts once, when the route
 * is defined (`undefined` when it declares none). A body schema reads the
 * body as JSON first (see `parseJsonBody`). Every failure is collected
 * before answering: 422 when only the body is wrong (well-formed, but not
 * what the route takes), 400 otherwise. Paths name the failing fields;
 * values are never echoed. Synchronous unless a schema validates
 * asynchronously (no promise, no tick).
 */
export function compileValidator(schemas: RouteSchemas): RequestValidator | undefined {
  const declared = partNames.filter((part) => schemas[part] !== undefined);
  const standards = declared.map((part) => (schemas[part] as StandardSchemaV1)['~standard']);
  const [only] = declared;
  const [onlyStandard] = standards;
  if (only === undefined || onlyStandard === undefined) return undefined;
  const readsBody = schemas.body !== undefined;
  if (declared.length === 1) {
    // The common route (a body, or params): one schema, no arrays per request.
    const single = [only] as const;
    return (request) => {
      if (readsBody) request.body = parseJsonBody(request.rawBody, request.header('content-type'));
      const result = onlyStandard.validate(request[only]);
      if (result instanceof Promise) return result.then((done) => applyOne(only, done, request));
      if (result.issues === undefined) {
        request[only] = result.value;
        return undefined;
      }
      return apply(single, [result], request);
    };
  }
  return (request) => {
    if (readsBody) request.body = parseJsonBody(request.rawBody, request.header('content-type'));
    const results = standards.map((standard, index) => standard.validate(request[declared[index] as Part]));
    if (results.some((result) => result instanceof Promise)) {
      return Promise.all(results).then((settled) => apply(declared, settled, request));
    }
    return apply(declared, results as StandardSchemaV1.Result<unknown>[], request);
  };
}

const applyOne = (part: Part, result: StandardSchemaV1.Result<unknown>, request: RequestParts) =>
  apply([part], [result], request);

function apply(
  declared: readonly Part[],
  results: readonly StandardSchemaV1.Result<unknown>[],
  request: RequestParts,
): undefined {
  let problems: FieldProblem[] | undefined;
  for (let index = 0; index < declared.length; index++) {
    const part = declared[index] as Part;
    const result = results[index] as StandardSchemaV1.Result<unknown>;
    if (result.issues === undefined) request[part] = result.value;
    else {
      problems ??= [];
      for (const issue of result.issues)
        problems.push({ in: part, path: formatPath(issue.path ?? []), message: issue.message });
    }
  }
  if (problems !== undefined && problems.length > 0) {
    const bodyOnly = problems.every((problem) => problem.in === 'body');
    throw new HttpError(bodyOnly ? 422 : 400, 'Request validation failed', {
      code: 'REQUEST_INVALID',
      errors: problems,
    });
  }
  return undefined;
}

const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The JSON body of a route that declares a body schema. An absent body is
 * `undefined` (the schema decides); a body that is not JSON is a 415, and
 * malformed JSON a 400 that does not echo the parser's message (it quotes input).
 */
export function parseJsonBody(rawBody: string | Uint8Array | undefined, contentType: string | undefined): unknown {
  if (rawBody === undefined || rawBody.length === 0) return undefined;
  // The exact common value skips the regex.
  if (contentType !== undefined && contentType !== 'application/json' && !jsonType.test(contentType)) {
    throw unsupportedMediaType();
  }
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: false }).decode(rawBody);
  try {
    return JSON.parse(text);
  } catch {
    throw malformedJson();
  }
}

// Errors made out of line: the parse above runs on every request with a body schema.
const unsupportedMediaType = () =>
  new HttpError(415, 'Unsupported Media Type', {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'This route takes an application/json body',
  });

const malformedJson = () =>
  new HttpError(400, 'Malformed JSON body', { code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON' });
