import { type HttpResponse, runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { isAuthorizerRequest, requestContextOf } from '../internal/http-detection.js';
import { toProxyResult } from '../internal/proxy-result.js';
import type { ApigwWebsocketEvent, ApigwWebsocketResult, ApigwWebsocketReturn } from './schema.js';

/** The route kind of each `eventType`: custom route keys are messages too. */
const routeKinds = { CONNECT: 'connect', DISCONNECT: 'disconnect', MESSAGE: 'message' } as const;
export type ApigwWebsocketVariant = (typeof routeKinds)[keyof typeof routeKinds];

/**
 * Completes what a handler returned into the answer API Gateway reads:
 * nothing or a string becomes a 200, a missing `statusCode` becomes 200.
 */
function toWebsocketAnswer(result: ApigwWebsocketReturn | string | undefined): ApigwWebsocketResult {
  if (result === undefined || result === null) return { statusCode: 200 };
  if (typeof result === 'string') return { statusCode: 200, body: result };
  return { ...result, statusCode: result.statusCode ?? 200 };
}

/**
 * Writes a dialect-neutral `HttpResponse` as a WebSocket route answer:
 * header names lower-cased, single values in `headers`, repeated headers and
 * every `Set-Cookie` in `multiValueHeaders`, bytes base64 with `isBase64Encoded: true`.
 *
 * @example
 * router().on(apigwWebsocket.variant('connect'), async () =>
 *   toApigwWebsocketResult({ status: 200, headers: { 'Sec-WebSocket-Protocol': 'chat.v1' } }))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html
 */
export function toApigwWebsocketResult(response: HttpResponse): ApigwWebsocketResult {
  return toProxyResult(response);
}

/**
 * Amazon API Gateway WebSocket APIs with a Lambda proxy integration. The
 * variant is the route kind: `connect`, `disconnect`, or `message` for
 * `$default` and every custom route key (read `event.requestContext.routeKey`
 * to tell custom routes apart).
 *
 * @example
 * router()
 *   .on(apigwWebsocket.variant('connect'), async () => ({ statusCode: 200 }))
 *   .on(apigwWebsocket.variant('message'), async (event) => `echo: ${event.body ?? ''}`)
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html
 */
export const apigwWebsocket = runtimeSource<ApigwWebsocketEvent, ApigwWebsocketReturn | string | undefined>()({
  id: 'apigw-websocket',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // Only WebSocket APIs put a `connectionId` and an `eventType` in `requestContext`; the
  // `$connect` REQUEST authorizer call has both too but is refused by its `methodArn`
  // (corpus: example-apigw-v2-custom-authorizer-websocket-request.json). A top-level
  // `httpMethod` is not read: the corpus hybrid example-apigw-websocket-request.json has one.
  detect: (event) => {
    if (!isObject(event) || isAuthorizerRequest(event)) return false;
    const context = requestContextOf(event);
    return typeof context?.connectionId === 'string' && typeof context.eventType === 'string';
  },
  variants: ['connect', 'disconnect', 'message'],
  variantOf: (event) => routeKinds[event.requestContext.eventType],
  toResult: toWebsocketAnswer,
});
