import { type ApigwRestEvent, apigwRest, toApigwRestResult } from '@switchboard/sources/apigw-rest';
import { parseCookies, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { Dialect } from './dialect.js';

/** API Gateway REST APIs (and HTTP APIs with payload 1.0): API Gateway decodes query values. */
export const apigwRestDialect: Dialect<ApigwRestEvent> = {
  id: 'apigw-rest',
  source: apigwRest,
  toRequest(event) {
    const headersAll = toHeadersAll(event.headers, event.multiValueHeaders);
    return {
      method: event.httpMethod.toUpperCase(),
      path: event.path,
      queryAll: toQueryAll(event.queryStringParameters, event.multiValueQueryStringParameters),
      headersAll,
      cookies: parseCookies(headersAll.cookie),
      rawBody: toRawBody(event.body, event.isBase64Encoded),
    };
  },
  toResult: (response) => toApigwRestResult(response),
};
