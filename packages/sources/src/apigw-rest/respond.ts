import type { HttpResponse } from '@switchboard/core';
import { toProxyResult } from '../internal/proxy-result.js';
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
  return toProxyResult(response);
}
