import { hasLineBreak } from '@switchboard/core';
import { HttpError } from '../http-error.js';

/**
 * Request header values with CR or LF are refused when a route reads them:
 * HTTP/1.1 and HTTP/2 forbid both in a field value (RFC 9110 §5.5), so such
 * an event never came through API Gateway, an ALB, a function URL or VPC
 * Lattice, and a value that a route could copy into an answer or a log is
 * safest never handed over. Headers no route reads are never scanned.
 */
const invalidRequestHeader = () =>
  new HttpError(400, 'Bad Request', {
    code: 'INVALID_HEADER',
    detail: 'A request header value holds a line break (CR or LF)',
  });

/**
 * `value`, unless it holds CR or LF: then a 400 problem. The JSON media
 * type, the value most often read (a JSON body's), is one comparison.
 */
export function withoutLineBreak(value: string | undefined): string | undefined {
  if (value !== undefined && value !== 'application/json' && hasLineBreak(value)) throw invalidRequestHeader();
  return value;
}

/** `headers`, unless a value holds CR or LF: then a 400 problem. */
export function withoutLineBreaks<Headers extends Readonly<Record<string, string | readonly string[]>>>(
  headers: Headers,
): Headers {
  for (const name in headers) {
    const value = headers[name];
    const broken = typeof value === 'string' ? hasLineBreak(value) : value?.some(hasLineBreak);
    if (broken) throw invalidRequestHeader();
  }
  return headers;
}
