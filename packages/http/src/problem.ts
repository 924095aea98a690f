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
};

/**
 * The problem+json answer (RFC 9457) for any error. Only an HttpError the
 * handler chose to expose shows its title and detail; anything else is a
 * bare 500 with no message, stack or cause.
 */
export function toProblemResponse(error: unknown): HttpResponse {
  const known = error instanceof HttpError ? error : undefined;
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
