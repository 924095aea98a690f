import { type HttpResponse, hasLineBreak, maxJsonBytesPerUnit } from '@switchboard/core';
import { DIALECT_OVERHEAD_BYTES, headerBound } from '../response-limit.js';

/**
 * The answer most routes give (`reply.json`, `reply.text`, a plain value, a
 * problem): text, no cookies, headers every dialect writes unchanged, and
 * far below the caller's size limit. Written here in one pass, without the
 * general writers' per-name maps and lists or a second pass to measure it;
 * anything else is left to the source's own writer and the size check,
 * which a test holds these answers equal to.
 */
export interface PlainResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly isBase64Encoded: false;
}

/**
 * `{ statusCode, headers, body, isBase64Encoded }` as the payload 2.0 and
 * payload 1.0 writers give it for a plain answer within `limit` bytes (see
 * `plainHeadersWithin`), or `undefined`. The answer's own headers object is
 * taken as is: every answer the app builds has a fresh one.
 */
export function toPlainResult(response: HttpResponse, limit: number): PlainResult | undefined {
  const headers = plainHeadersWithin(response, limit);
  if (headers === undefined) return undefined;
  return {
    statusCode: response.status,
    headers,
    body: (response.body as string | undefined) ?? '',
    isBase64Encoded: false,
  };
}

/**
 * The headers of a plain answer whose `boundOfResponse` is at most `limit`
 * (worked out in the same pass), else `undefined`. Plain: a text body or
 * none, no cookies, and headers in a plain object, each name already
 * lower-case and not `set-cookie`, each value one string, no CR or LF
 * anywhere (a writer refuses those).
 */
export function plainHeadersWithin(
  response: HttpResponse,
  limit: number,
): Readonly<Record<string, string>> | undefined {
  const { headers, body } = response;
  if (typeof body !== 'string' && body !== undefined) return undefined;
  if (response.cookies !== undefined || headers === undefined || Object.getPrototypeOf(headers) !== Object.prototype) {
    return undefined;
  }
  let bound = DIALECT_OVERHEAD_BYTES + (body === undefined ? 0 : maxJsonBytesPerUnit * body.length);
  for (const name in headers) {
    const value = headers[name];
    if (
      typeof value !== 'string' ||
      !(isKnownContentType(name, value) || (isPlainName(name) && !hasLineBreak(value)))
    ) {
      return undefined;
    }
    bound += headerBound(name, value);
  }
  return bound <= limit ? (headers as Readonly<Record<string, string>>) : undefined;
}

/**
 * The content type `reply.json`, `reply.text` and a problem answer set: two
 * comparisons of constants instead of reading every character.
 */
const isKnownContentType = (name: string, value: string): boolean =>
  name === 'content-type' &&
  (value === 'application/json' || value === 'text/plain; charset=utf-8' || value === 'application/problem+json');

// `__proto__` is left to the writers, which keep it an own key of a new map.
const isPlainName = (name: string): boolean =>
  name !== 'set-cookie' && name !== '__proto__' && !hasLineBreak(name) && name.toLowerCase() === name;
