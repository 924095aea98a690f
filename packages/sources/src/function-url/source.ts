import { type HttpResponse, runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isFunctionUrlDomain, payloadV2ContextOf } from '../internal/http-detection.js';
import { toPayloadV2Result } from '../internal/payload-v2.js';
import type { FunctionUrlEvent, FunctionUrlResult, FunctionUrlStructuredResult } from './schema.js';

/**
 * Writes a dialect-neutral `HttpResponse` as a function URL answer. Function
 * URLs read payload format 2.0 answers, so this is `toApigwHttpResult` under
 * this source's name: cookies in `cookies`, repeated headers joined with `, `,
 * bytes base64 with `isBase64Encoded: true`.
 *
 * @example
 * router().on(functionUrl, async () => toFunctionUrlResult({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' }))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-response-payload
 */
export function toFunctionUrlResult(response: HttpResponse): FunctionUrlStructuredResult {
  return toPayloadV2Result(response);
}

/**
 * AWS Lambda function URLs, in the default BUFFERED invoke mode.
 *
 * No `buffered`/`streaming` variants: the invoke mode is part of the URL's
 * configuration and the event is identical in both, so no `variantOf` could
 * tell them apart, and a `streaming` variant that never matches would be a
 * trap. A RESPONSE_STREAM function is exported through
 * `awslambda.streamifyResponse(handler)` with a `(event, responseStream)`
 * signature, which is chosen when the function is deployed, not per event.
 *
 * @example
 * router().on(functionUrl, async (event) => ({ statusCode: 200, body: event.rawPath }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export const functionUrl = runtimeSource<FunctionUrlEvent, FunctionUrlResult>()({
  id: 'function-url',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // A payload 2.0 request (method in `requestContext.http.method`, no
  // top-level `httpMethod`) whose `requestContext.domainName` is the URL's
  // own host, `<url-id>.lambda-url.<region>.on.aws`. HTTP APIs send the same
  // payload from an execute-api or custom domain.
  detect: (event) => isFunctionUrlDomain(payloadV2ContextOf(event)?.domainName),
});
