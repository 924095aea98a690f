import { type HttpResponse, runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isFunctionUrlDomain, payloadV2ContextOf } from '../internal/http-detection.js';
import { toPayloadV2Result } from '../internal/payload-v2.js';
import type { ApigwHttpEvent, ApigwHttpResult, ApigwHttpStructuredResult } from './schema.js';

/**
 * Writes a dialect-neutral `HttpResponse` as an HTTP API (payload 2.0)
 * answer: repeated headers joined with `, `, cookies in `cookies` (each
 * becomes a `Set-Cookie` header), bytes base64 with `isBase64Encoded: true`.
 *
 * @example
 * router().on(apigwHttp, async () => toApigwHttpResult({ status: 201, headers: { location: '/orders/o-1' }, cookies: ['sid=abc; HttpOnly'] }))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export function toApigwHttpResult(response: HttpResponse): ApigwHttpStructuredResult {
  return toPayloadV2Result(response);
}

/**
 * Amazon API Gateway HTTP APIs, Lambda proxy integration with payload
 * format 2.0. HTTP APIs configured for payload 1.0 send REST-shaped events:
 * the `apigw-rest` source claims those.
 *
 * @example
 * router().on(apigwHttp, async (event) => ({ statusCode: 200, body: `hello ${event.rawPath}` }))
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export const apigwHttp = runtimeSource<ApigwHttpEvent, ApigwHttpResult>()({
  id: 'apigw-http',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // Payload 2.0 puts the method in `requestContext.http.method` (1.0 has a
  // top-level `httpMethod`); function URLs send the same payload, and only
  // their `requestContext.domainName` (`<url-id>.lambda-url.<region>.on.aws`)
  // tells them apart. Authorizer requests (`routeArn`/`methodArn`) are refused.
  detect: (event) => {
    const context = payloadV2ContextOf(event);
    return context !== undefined && !isFunctionUrlDomain(context.domainName);
  },
});
