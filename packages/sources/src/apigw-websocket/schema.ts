import * as z from 'zod/mini';

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
