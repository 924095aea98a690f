import type { ApigwRestRequestAuthorizerRestEvent, ApigwRestRequestAuthorizerWebsocketEvent } from './schema.js';

const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36';

/** A REST API `GET /orders/{id}` call, authorized by its `Authorization` header and a `tenant` query parameter. */
export function sampleApigwRestRequestAuthorizerEvent(): ApigwRestRequestAuthorizerRestEvent {
  const headers = {
    accept: 'application/json',
    authorization: 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
    host: 'a1b2c3d4e5.execute-api.us-east-2.amazonaws.com',
    'user-agent': userAgent,
    'x-amzn-trace-id': 'Root=1-65f1d3a2-2f4e6a8c0b1d3e5f7a9c1b2d',
    'x-forwarded-for': '198.51.100.42',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
  return {
    type: 'REQUEST',
    methodArn: 'arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/GET/orders/1001',
    resource: '/orders/{id}',
    path: '/orders/1001',
    httpMethod: 'GET',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: { tenant: 'acme' },
    multiValueQueryStringParameters: { tenant: ['acme'] },
    pathParameters: { id: '1001' },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      resourceId: 'k3x9pd',
      resourcePath: '/orders/{id}',
      httpMethod: 'GET',
      path: '/prod/orders/1001',
      protocol: 'HTTP/1.1',
      domainName: 'a1b2c3d4e5.execute-api.us-east-2.amazonaws.com',
      domainPrefix: 'a1b2c3d4e5',
      extendedRequestId: 'UeHmSFq0iYcFWxg=',
      requestTime: '13/Mar/2024:09:41:56 +0000',
      requestTimeEpoch: 1710322916481,
      identity: { sourceIp: '198.51.100.42', userAgent, apiKey: null, clientCert: null },
    },
  };
}

/** A WebSocket API `$connect`, authorized by a `token` query parameter. */
export function sampleApigwRestRequestAuthorizerWebsocketEvent(): ApigwRestRequestAuthorizerWebsocketEvent {
  return {
    type: 'REQUEST',
    methodArn: 'arn:aws:execute-api:us-east-2:123456789012:w9x8y7z6v5/prod/$connect',
    headers: {
      Host: 'w9x8y7z6v5.execute-api.us-east-2.amazonaws.com',
      'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version': '13',
      'X-Forwarded-For': '198.51.100.42',
    },
    queryStringParameters: { token: 'c2Vzc2lvbi0xODQy' },
    stageVariables: {},
    requestContext: {
      apiId: 'w9x8y7z6v5',
      stage: 'prod',
      requestId: 'UeHmSFq0iYcFWxg=',
      connectionId: 'UeHmScTyiYcCFWg=',
      routeKey: '$connect',
      eventType: 'CONNECT',
      connectedAt: 1710322916478,
      domainName: 'w9x8y7z6v5.execute-api.us-east-2.amazonaws.com',
      identity: { sourceIp: '198.51.100.42', userAgent },
      messageDirection: 'IN',
      extendedRequestId: 'UeHmSFq0iYcFWxg=',
      requestTime: '13/Mar/2024:09:41:56 +0000',
      requestTimeEpoch: 1710322916481,
    },
  };
}
