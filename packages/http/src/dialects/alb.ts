import type { HttpResponse } from '@switchboard/core';
import { type AlbEvent, type AlbResult, alb, toAlbResult } from '@switchboard/sources/alb';
import { findHeader, parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import { plainHeadersWithin } from '../internal/plain-answer.js';
import { toMethod } from '../internal/routable-method.js';
import { responseLimits } from '../response-limit.js';
import type { Dialect } from './dialect.js';

/** Application Load Balancer: query keys and values arrive URL-encoded, as the client sent them. */
export const albDialect: Dialect<AlbEvent> = {
  id: 'alb',
  source: alb,
  method: (event) => toMethod(event.httpMethod),
  path: (event) => event.path,
  rawBody: (event) => toRawBody(event.body, event.isBase64Encoded),
  headers: (event) => toHeaders(event.headers, event.multiValueHeaders),
  header: (event, name) => findHeader(event.headers, event.multiValueHeaders, name),
  queryAll: (event) => toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters, true),
  headersAll: (event) => toHeadersAll(event.headers, event.multiValueHeaders),
  cookies: (event) => parseCookies(toHeadersAll(event.headers, event.multiValueHeaders).cookie),
  // Multi-value answer iff the request was multi-value: the builder reads the event.
  toResult: (response, event) => toAlbResult(response, event),
  toPlainResult: (response, event) => toPlainAlbResult(response, event),
};

/** `statusDescription` by status code: the ALB writer's own status line, asked once per code. */
const statusLines: string[] = [];

/**
 * What `toAlbResult` writes for a plain answer within ALB's limit (see
 * `plainHeadersWithin`) to a single-value request, in one pass; `undefined`
 * for any other answer or a multi-value request.
 */
function toPlainAlbResult(response: HttpResponse, event: AlbEvent): AlbResult | undefined {
  const { status } = response;
  if (event.multiValueHeaders !== undefined || !Number.isInteger(status) || status < 100 || status > 599)
    return undefined;
  const headers = plainHeadersWithin(response, responseLimits.alb);
  if (headers === undefined) return undefined;
  statusLines[status] ??= toAlbResult({ status }, event).statusDescription ?? String(status);
  const body = (response.body as string | undefined) ?? '';
  return { statusCode: status, statusDescription: statusLines[status], headers, body, isBase64Encoded: false };
}
