import { defineSource, type HttpResponse } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';
import { isAuthorizerRequest, requestContextOf } from './internal/http-detection.js';
import { toProxyResult } from './internal/proxy-result.js';

const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));

/**
 * The event a WebSocket API route with a Lambda proxy integration sends.
 * `$connect` and `$disconnect` carry the handshake's headers (and query
 * string on `$connect`); messages (`$default` and custom route keys) carry
 * the frame in `body` and a `messageId`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
 */
export const apigwWebsocketEventSchema = z.object({
  requestContext: z.object({
    routeKey: z.string(),
    eventType: z.enum(['CONNECT', 'DISCONNECT', 'MESSAGE']),
    connectionId: z.string(),
    // Only on MESSAGE events.
    messageId: z.exactOptional(z.nullable(z.string())),
    extendedRequestId: z.string(),
    requestTime: z.string(),
    messageDirection: z.string(),
    stage: z.string(),
    connectedAt: z.number(),
    requestTimeEpoch: z.number(),
    requestId: z.string(),
    domainName: z.string(),
    apiId: z.string(),
    // Captured events list every identity key, null when unknown (`userAgent: null`). Every
    // event has it, but @types/aws-lambda's APIGatewayProxyWebsocketEventV2 omits it: optional
    // here so that handlers typed with it mount.
    identity: z.exactOptional(z.object({ sourceIp: z.string(), userAgent: z.exactOptional(z.nullable(z.string())) })),
    // What a `$connect` authorizer returned; later events of the connection carry it too.
    // APIs without an authorizer have sent an empty string here.
    authorizer: z.exactOptional(z.nullable(z.union([z.record(z.string(), z.unknown()), z.string()]))),
    // Set on DISCONNECT events, null or absent on the others
    // (corpus: example-apigw-websocket-request-disconnect-route.json).
    disconnectStatusCode: z.exactOptional(z.nullable(z.number())),
    disconnectReason: z.exactOptional(z.nullable(z.string())),
  }),
  headers: z.exactOptional(stringMap),
  multiValueHeaders: z.exactOptional(stringListMap),
  queryStringParameters: z.exactOptional(z.nullable(stringMap)),
  multiValueQueryStringParameters: z.exactOptional(z.nullable(stringListMap)),
  stageVariables: z.exactOptional(z.nullable(stringMap)),
  body: z.exactOptional(z.nullable(z.string())),
  isBase64Encoded: z.boolean(),
});

const headerValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The answer API Gateway reads, in the Lambda proxy format. On `$connect` a
 * non-2xx `statusCode` refuses the connection and `headers` reach the
 * handshake (`Sec-WebSocket-Protocol`); on other routes `body` is sent back
 * to the client only when the route has a route response (two-way).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html
 */
export const apigwWebsocketResponseSchema = z.object({
  statusCode: z.int(),
  headers: z.optional(z.record(z.string(), headerValue)),
  multiValueHeaders: z.optional(z.record(z.string(), z.array(headerValue))),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

export type ApigwWebsocketEvent = z.output<typeof apigwWebsocketEventSchema>;
export type ApigwWebsocketResult = z.output<typeof apigwWebsocketResponseSchema>;

/**
 * What a handler may return: a proxy answer whose `statusCode` defaults to
 * 200, a string (sent as the body with 200), or nothing (200, no body).
 * The string form is what `@types/aws-lambda`'s `APIGatewayProxyWebsocketHandlerV2` allows.
 */
export type ApigwWebsocketReturn = Omit<ApigwWebsocketResult, 'statusCode'> & { statusCode?: number | undefined };

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
export const apigwWebsocket = defineSource<
  'apigw-websocket',
  typeof apigwWebsocketEventSchema,
  typeof apigwWebsocketResponseSchema,
  ApigwWebsocketReturn | string | undefined,
  ApigwWebsocketVariant
>({
  id: 'apigw-websocket',
  invocation: 'sync',
  // Only WebSocket APIs put a `connectionId` and an `eventType` in `requestContext`; the
  // `$connect` REQUEST authorizer call has both too but is refused by its `methodArn`
  // (corpus: example-apigw-v2-custom-authorizer-websocket-request.json). A top-level
  // `httpMethod` is not read: the corpus hybrid example-apigw-websocket-request.json has one.
  detect: (event) => {
    if (!isObject(event) || isAuthorizerRequest(event)) return false;
    const context = requestContextOf(event);
    return typeof context?.connectionId === 'string' && typeof context.eventType === 'string';
  },
  schema: apigwWebsocketEventSchema,
  response: apigwWebsocketResponseSchema,
  variants: ['connect', 'disconnect', 'message'],
  variantOf: (event) => routeKinds[event.requestContext.eventType],
  toResult: toWebsocketAnswer,
  sample: sampleApigwWebsocketEvent,
  docs: {
    service: 'Amazon API Gateway (WebSocket APIs)',
    summary:
      'A WebSocket API invokes the function for each route with a Lambda proxy integration: `$connect` (a non-2xx answer refuses the connection), `$disconnect`, and each message (`$default` or the custom route key its route selection expression chose). The variant is the route kind; custom route keys are `message` events, told apart by `requestContext.routeKey`. A handler may return a proxy answer, a string (the body) or nothing; `statusCode` defaults to 200.',
    detection:
      '`requestContext.connectionId` and `requestContext.eventType` are strings and there is no authorizer `methodArn`; `eventType` CONNECT, DISCONNECT or MESSAGE names the variant.',
    retries:
      'None. A thrown error or a timeout on `$connect` refuses the connection; on a message route the client gets an "Internal server error" message when the route is two-way. `$disconnect` is best effort and its answer is ignored.',
    limits: [
      {
        name: 'Message payload',
        value: '128 KB per message (32 KB frames)',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
      },
      {
        name: 'Integration timeout',
        value: '50 ms to 29 seconds',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
      },
      {
        name: 'Connection duration',
        value: '2 hours; 10 minutes idle',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
      },
    ],
    links: [
      {
        title: 'WebSocket APIs in API Gateway',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html',
      },
      {
        title: 'Routes and route selection expressions',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html',
      },
      {
        title: 'Set up route responses for WebSocket APIs',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html',
      },
    ],
  },
});

function sampleApigwWebsocketEvent(): ApigwWebsocketEvent {
  return {
    requestContext: {
      routeKey: 'sendmessage',
      eventType: 'MESSAGE',
      connectionId: 'L0SM9cOFvHcCIhw=',
      messageId: 'L0SNsc6XvHcCIhw=',
      extendedRequestId: 'L0SNseFGvHcFx8g=',
      requestTime: '13/Mar/2024:09:41:57 +0000',
      messageDirection: 'IN',
      stage: 'production',
      connectedAt: 1710322915620,
      requestTimeEpoch: 1710322917145,
      requestId: 'L0SNseFGvHcFx8g=',
      domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      apiId: 'a1b2c3d4e5',
      identity: { sourceIp: '203.0.113.24', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0' },
    },
    body: '{"action":"sendmessage","room":"general","text":"hello"}',
    isBase64Encoded: false,
  };
}
