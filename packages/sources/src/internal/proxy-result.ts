import type { HttpResponse } from '@switchboard/core';
import { toWireBody } from './http-body.js';
import { collectHeaderFields } from './http-headers.js';

/** The payload 1.0 proxy answer that REST APIs and WebSocket routes read. */
export interface ProxyResult {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body?: string;
  isBase64Encoded?: boolean;
}

/**
 * Writes a dialect-neutral answer as a payload 1.0 proxy answer: single
 * values in `headers`, repeated headers and every `Set-Cookie` in
 * `multiValueHeaders`, bytes base64 with `isBase64Encoded: true`.
 */
export function toProxyResult(response: HttpResponse): ProxyResult {
  const { fields, cookies } = collectHeaderFields(response);
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, values] of fields) {
    if (values.length === 1 && values[0] !== undefined) headers[name] = values[0];
    else multiValueHeaders[name] = [...values];
  }
  if (cookies.length > 0) multiValueHeaders['set-cookie'] = [...cookies];
  const repeated = Object.keys(multiValueHeaders).length > 0 ? { multiValueHeaders } : {};
  return { statusCode: response.status, headers, ...repeated, ...toWireBody(response.body) };
}
