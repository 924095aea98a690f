import type { HttpResponse } from '@switchboard/core';
import { toWireBody } from '../internal/http-body.js';
import { collectHeaderFields } from '../internal/http-headers.js';
import type { ApigwRestResult } from './schema.js';

/**
 * Writes a dialect-neutral `HttpResponse` as a payload 1.0 answer: headers
 * with one value in `headers`, repeated headers and every `Set-Cookie`
 * (one entry per cookie) in `multiValueHeaders`, bytes base64 with
 * `isBase64Encoded: true`. Header names are lower-cased.
 *
 * @example
 * router().on(apigwRest, async () => toApigwRestResult({ status: 200, cookies: ['a=1', 'b=2'], body: 'ok' }))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
export function toApigwRestResult(response: HttpResponse): ApigwRestResult {
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
