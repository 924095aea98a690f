import { type ApigwRestEvent, apigwRest, toApigwRestResult } from '@switchboard/sources/apigw-rest';
import { parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { Dialect } from './dialect.js';

/** API Gateway REST APIs (and HTTP APIs with payload 1.0): API Gateway decodes query values. */
export const apigwRestDialect: Dialect<ApigwRestEvent> = {
  id: 'apigw-rest',
  source: apigwRest,
  toRequest: (event) => ({
    method: event.httpMethod.toUpperCase(),
    path: event.path,
    headers: toHeaders(event.headers, event.multiValueHeaders),
    rawBody: toRawBody(event.body, event.isBase64Encoded),
  }),
  queryAll: (event) => toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters),
  headersAll: (event) => toHeadersAll(event.headers, event.multiValueHeaders),
  cookies: (event) => parseCookies(toHeadersAll(event.headers, event.multiValueHeaders).cookie),
  toResult: (response) => toApigwRestResult(response),
};
