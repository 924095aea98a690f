import type { StandardSchemaV1 } from '@standard-schema/spec';
import { type FieldProblem, HttpError } from './http-error.js';

/** Schemas a route may declare, any Standard Schema (zod, valibot, arktype...). */
export interface RouteSchemas {
  readonly params?: StandardSchemaV1;
  readonly query?: StandardSchemaV1;
  readonly headers?: StandardSchemaV1;
  readonly body?: StandardSchemaV1;
}

type Part = keyof RouteSchemas;

export interface RequestParts {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
}

/**
 * Validates every declared part and collects all failures before answering:
 * 422 when only the body is wrong (well-formed, but not what the route takes),
 * 400 otherwise. Paths name the failing fields; values are never echoed.
 * Synchronous unless a schema validates asynchronously (no promise, no tick).
 */
export function validateRequest(schemas: RouteSchemas, parts: RequestParts): RequestParts | Promise<RequestParts> {
  const declared = (['params', 'query', 'headers', 'body'] as const).filter((part) => schemas[part] !== undefined);
  const results = declared.map((part) => (schemas[part] as StandardSchemaV1)['~standard'].validate(parts[part]));
  if (results.some((result) => result instanceof Promise)) {
    return Promise.all(results).then((settled) => collect(declared, settled, parts));
  }
  return collect(declared, results as StandardSchemaV1.Result<unknown>[], parts);
}

function collect(
  declared: readonly Part[],
  results: readonly StandardSchemaV1.Result<unknown>[],
  parts: RequestParts,
): RequestParts {
  const problems: FieldProblem[] = [];
  const out: RequestParts = { ...parts };
  declared.forEach((part, index) => {
    const result = results[index] as StandardSchemaV1.Result<unknown>;
    if (result.issues === undefined) out[part] = result.value;
    else
      for (const issue of result.issues) problems.push({ in: part, path: toPath(issue.path), message: issue.message });
  });
  if (problems.length > 0) {
    const bodyOnly = problems.every((problem) => problem.in === 'body');
    throw new HttpError(bodyOnly ? 422 : 400, 'Request validation failed', { errors: problems });
  }
  return out;
}

function toPath(path: StandardSchemaV1.Issue['path']): string {
  let out = '';
  for (const segment of path ?? []) {
    const key = typeof segment === 'object' ? segment.key : segment;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The JSON body of a route that declares a body schema. An absent body is
 * `undefined` (the schema decides); a body that is not JSON is a 415, and
 * malformed JSON a 400 that does not echo the parser's message (it quotes input).
 */
export function parseJsonBody(rawBody: string | Uint8Array | undefined, contentType: string | undefined): unknown {
  if (rawBody === undefined || rawBody.length === 0) return undefined;
  if (contentType !== undefined && !jsonType.test(contentType)) {
    throw new HttpError(415, 'Unsupported Media Type', { detail: 'This route takes an application/json body' });
  }
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: false }).decode(rawBody);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Malformed JSON body', { detail: 'The request body is not valid JSON' });
  }
}
