import { type AlbEvent, alb, toAlbResult } from '@switchboard/sources/alb';
import { parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { Dialect } from './dialect.js';

/** Application Load Balancer: query keys and values arrive URL-encoded, as the client sent them. */
export const albDialect: Dialect<AlbEvent> = {
  id: 'alb',
  source: alb,
  toRequest: (event) => ({
    method: event.httpMethod.toUpperCase(),
    path: event.path,
    headers: toHeaders(event.headers, event.multiValueHeaders),
    rawBody: toRawBody(event.body, event.isBase64Encoded),
  }),
  queryAll: (event) => toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters, true),
  headersAll: (event) => toHeadersAll(event.headers, event.multiValueHeaders),
  cookies: (event) => parseCookies(toHeadersAll(event.headers, event.multiValueHeaders).cookie),
  // Multi-value answer iff the request was multi-value: the builder reads the event.
  toResult: (response, event) => toAlbResult(response, event),
};
