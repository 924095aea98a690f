import { type ApigwRestEvent, apigwRest, toApigwRestResult } from '@switchboard/sources/apigw-rest';
import { findHeader, parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import { toPlainResult } from '../internal/plain-answer.js';
import { toMethod } from '../internal/routable-method.js';
import { responseLimits } from '../response-limit.js';
import type { Dialect } from './dialect.js';

/** API Gateway REST APIs (and HTTP APIs with payload 1.0): API Gateway decodes query values. */
export const apigwRestDialect: Dialect<ApigwRestEvent> = {
  id: 'apigw-rest',
  source: apigwRest,
  method: (event) => toMethod(event.httpMethod),
  path: (event) => event.path,
  rawBody: (event) => toRawBody(event.body, event.isBase64Encoded),
  headers: (event) => toHeaders(event.headers, event.multiValueHeaders),
  header: (event, name) => findHeader(event.headers, event.multiValueHeaders, name),
  queryAll: (event) => toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters),
  headersAll: (event) => toHeadersAll(event.headers, event.multiValueHeaders),
  cookies: (event) => parseCookies(toHeadersAll(event.headers, event.multiValueHeaders).cookie),
  toResult: (response) => toApigwRestResult(response),
  toPlainResult: (response) => toPlainResult(response, responseLimits['apigw-rest']),
};
