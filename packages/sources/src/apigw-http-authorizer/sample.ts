import type { ApigwHttpAuthorizerV1Event, ApigwHttpAuthorizerV2Event } from './schema.js';

const token = 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl';
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36';

/** A format 2.0 authorizer call for `GET /orders/{id}`, its identity source the `Authorization` header. */
export function sampleApigwHttpAuthorizerV2Event(): ApigwHttpAuthorizerV2Event {
  return {
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:us-east-2:123456789012:h7g6f5e4d3/$default/GET/orders/1001',
    identitySource: [token],
    routeKey: 'GET /orders/{id}',
    rawPath: '/orders/1001',
    rawQueryString: 'expand=items',
    cookies: ['session=c2Vzc2lvbi0xODQy'],
    headers: {
      accept: 'application/json',
      authorization: token,
      host: 'h7g6f5e4d3.execute-api.us-east-2.amazonaws.com',
      'user-agent': userAgent,
      'x-forwarded-for': '198.51.100.42',
    },
    queryStringParameters: { expand: 'items' },
    pathParameters: { id: '1001' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'h7g6f5e4d3',
      domainName: 'h7g6f5e4d3.execute-api.us-east-2.amazonaws.com',
      domainPrefix: 'h7g6f5e4d3',
      http: { method: 'GET', path: '/orders/1001', protocol: 'HTTP/1.1', sourceIp: '198.51.100.42', userAgent },
      requestId: 'UeHmSFq0iYcFWxg=',
      routeKey: 'GET /orders/{id}',
      stage: '$default',
      time: '13/Mar/2024:09:41:56 +0000',
      timeEpoch: 1710322916481,
    },
  };
}

/** The same call to an authorizer configured for payload format 1.0. */
export function sampleApigwHttpAuthorizerV1Event(): ApigwHttpAuthorizerV1Event {
  const headers = { accept: 'application/json', authorization: token, 'user-agent': userAgent };
  return {
    version: '1.0',
    type: 'REQUEST',
    methodArn: 'arn:aws:execute-api:us-east-2:123456789012:h7g6f5e4d3/$default/GET/orders/1001',
    identitySource: token,
    authorizationToken: token,
    resource: '/orders/{id}',
    path: '/orders/1001',
    httpMethod: 'GET',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: { expand: 'items' },
    multiValueQueryStringParameters: { expand: ['items'] },
    pathParameters: { id: '1001' },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'h7g6f5e4d3',
      stage: '$default',
      requestId: 'UeHmSFq0iYcFWxg=',
      resourceId: 'GET /orders/{id}',
      resourcePath: '/orders/{id}',
      httpMethod: 'GET',
      path: '/orders/1001',
      protocol: 'HTTP/1.1',
      domainName: 'h7g6f5e4d3.execute-api.us-east-2.amazonaws.com',
      domainPrefix: 'h7g6f5e4d3',
      requestTime: '13/Mar/2024:09:41:56 +0000',
      requestTimeEpoch: 1710322916481,
      identity: { sourceIp: '198.51.100.42', userAgent },
    },
  };
}
