import type { HttpResponse } from '@switchboard/core';
import { HttpError } from './http-error.js';

const statusTitles: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/**
 * The problem+json answer (RFC 9457) for any error. Only an HttpError the
 * handler chose to expose shows its title and detail; anything else is a
 * bare 500 with no message, stack or cause.
 */
export function toProblemResponse(error: unknown): HttpResponse {
  const known = error instanceof HttpError ? error : fromHttpErrorsConvention(error);
  const status = known?.status ?? 500;
  const exposed = known?.expose === true;
  const title = exposed && known ? known.title : (statusTitles[status] ?? 'Error');
  const problem = {
    type: 'about:blank',
    title,
    status,
    ...(exposed && known?.detail !== undefined && { detail: known.detail }),
    ...(exposed && known && known.errors.length > 0 && { errors: known.errors }),
  };
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...known?.headers },
    body: JSON.stringify(problem),
  };
}

/**
 * Errors in the `http-errors` convention (numeric `statusCode`, boolean
 * `expose`), as middy's HTTP middlewares throw them: a malformed body in
 * `@middy/http-json-body-parser` is a 422 the client should see.
 */
function fromHttpErrorsConvention(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, expose, message } = error as { statusCode?: unknown; expose?: unknown; message?: unknown };
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 400 || statusCode > 599)
    return undefined;
  const title = typeof message === 'string' && message !== '' ? message : (statusTitles[statusCode] ?? 'Error');
  return new HttpError(statusCode, title, { expose: expose === true && statusCode < 500 });
}
