import { type AlbEvent, alb, toAlbResult } from '@switchboard/sources/alb';
import { parseCookies, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { Dialect } from './dialect.js';

/** Application Load Balancer: query keys and values arrive URL-encoded, as the client sent them. */
export const albDialect: Dialect<AlbEvent> = {
  id: 'alb',
  source: alb,
  toRequest(event) {
    const headersAll = toHeadersAll(event.headers, event.multiValueHeaders);
    return {
      method: event.httpMethod.toUpperCase(),
      path: event.path,
      queryAll: toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters, true),
      headersAll,
      cookies: parseCookies(headersAll.cookie),
      rawBody: toRawBody(event.body, event.isBase64Encoded),
    };
  },
  // Multi-value answer iff the request was multi-value: the builder reads the event.
  toResult: (response, event) => toAlbResult(response, event),
};
