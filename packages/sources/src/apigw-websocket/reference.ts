import { describeSource } from '@switchboard/core';
import { type ApigwWebsocketEvent, apigwWebsocketEventSchema, apigwWebsocketResponseSchema } from './schema.js';
import { apigwWebsocket } from './source.js';

/** `apigwWebsocket` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwWebsocketReference = describeSource(apigwWebsocket, {
  schema: apigwWebsocketEventSchema,
  response: apigwWebsocketResponseSchema,
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
