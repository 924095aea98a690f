import { type ApigwHttpEvent, apigwHttp, toApigwHttpResult } from '@switchboard/sources/apigw-http';
import { functionUrl, toFunctionUrlResult } from '@switchboard/sources/function-url';
import { parseCookies, parseRawQuery, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { IncomingRequest } from '../request.js';
import type { Dialect } from './dialect.js';

/**
 * Payload format 2.0 (HTTP APIs and function URLs): the raw query string keeps
 * repeated keys apart, and cookies arrive in their own array.
 */
function toPayloadV2Request(event: ApigwHttpEvent): IncomingRequest {
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath,
    queryAll:
      typeof event.rawQueryString === 'string'
        ? parseRawQuery(event.rawQueryString)
        : toQueryAll(event.queryStringParameters, undefined),
    headersAll: toHeadersAll(event.headers, undefined),
    cookies: parseCookies(event.cookies),
    rawBody: toRawBody(event.body, event.isBase64Encoded),
  };
}

export const apigwHttpDialect: Dialect<ApigwHttpEvent> = {
  id: 'apigw-http',
  source: apigwHttp,
  toRequest: toPayloadV2Request,
  toResult: (response) => toApigwHttpResult(response),
};

export const functionUrlDialect: Dialect<ApigwHttpEvent> = {
  id: 'function-url',
  source: functionUrl,
  toRequest: toPayloadV2Request,
  toResult: (response) => toFunctionUrlResult(response),
};
