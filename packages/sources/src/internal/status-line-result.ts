import type { HttpResponse } from '@switchboard/core';
import { toWireBody } from './http-body.js';
import { collectJoinedHeaders } from './http-headers.js';
import { toStatusLine } from './http-status-text.js';

/** The answer ALB (single-value mode) and VPC Lattice share: a status line, one value per header. */
export interface StatusLineResult {
  statusCode: number;
  statusDescription: string;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

/**
 * Writes `response` with `statusDescription` and single-value headers;
 * only the first cookie fits in one `set-cookie` value.
 */
export function toStatusLineResult(response: HttpResponse): StatusLineResult {
  const { headers, cookies } = collectJoinedHeaders(response);
  if (cookies[0] !== undefined) headers['set-cookie'] = cookies[0];
  const { body, isBase64Encoded } = toWireBody(response.body);
  return {
    statusCode: response.status,
    statusDescription: toStatusLine(response.status),
    headers,
    body,
    isBase64Encoded,
  };
}
