import { type ApigwHttpEvent, apigwHttp, toApigwHttpResult } from '@switchboard/sources/apigw-http';
import { functionUrl, toFunctionUrlResult } from '@switchboard/sources/function-url';
import { parseCookies, parseRawQuery, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import { toPlainResult } from '../internal/plain-answer.js';
import { toMethod } from '../internal/routable-method.js';
import { responseLimits } from '../response-limit.js';
import type { Dialect } from './dialect.js';

/*
 * Payload format 2.0 (HTTP APIs and function URLs): header names arrive
 * lower-cased with repeats comma-joined, the raw query string keeps repeated
 * keys apart, and cookies have their own array. The readers are named
 * functions, not a shared object spread into each dialect: a spread keeps
 * both dialects (and both sources) in a bundle that uses one.
 */
const method = (event: ApigwHttpEvent) => toMethod(event.requestContext.http.method);
const path = (event: ApigwHttpEvent) => event.rawPath;
const rawBody = (event: ApigwHttpEvent) => toRawBody(event.body, event.isBase64Encoded);
// Used as sent, but never missing: the app reads headers (CORS, content type) outside its error handling.
const headers = (event: ApigwHttpEvent) => event.headers ?? {};
const header = (event: ApigwHttpEvent, name: string) => event.headers?.[name];
const queryAll = (event: ApigwHttpEvent) =>
  typeof event.rawQueryString === 'string'
    ? parseRawQuery(event.rawQueryString)
    : toQueryAll(event.queryStringParameters, undefined);
const headersAll = (event: ApigwHttpEvent) => toHeadersAll(event.headers, undefined);
const cookies = (event: ApigwHttpEvent) => parseCookies(event.cookies);

export const apigwHttpDialect: Dialect<ApigwHttpEvent> = {
  id: 'apigw-http',
  source: apigwHttp,
  method,
  path,
  rawBody,
  headers,
  header,
  queryAll,
  headersAll,
  cookies,
  toResult: (response) => toApigwHttpResult(response),
  toPlainResult: (response) => toPlainResult(response, responseLimits['apigw-http']),
};

export const functionUrlDialect: Dialect<ApigwHttpEvent> = {
  id: 'function-url',
  source: functionUrl,
  method,
  path,
  rawBody,
  headers,
  header,
  queryAll,
  headersAll,
  cookies,
  toResult: (response) => toFunctionUrlResult(response),
  toPlainResult: (response) => toPlainResult(response, responseLimits['function-url']),
};
