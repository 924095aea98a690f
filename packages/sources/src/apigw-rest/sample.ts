import type { ApigwRestEvent } from './schema.js';

const body = '{"sku":"B07XJ8C8F5","quantity":2}';
const userAgent =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36';

/** A POST through a REST API's `/orders/{orderId}/items` resource, Cognito-authorized, as API Gateway sends it. */
export function sampleApigwRestEvent(): ApigwRestEvent {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'Content-Length': String(body.length),
    Host: '1234567890.execute-api.us-east-1.amazonaws.com',
    'User-Agent': userAgent,
    Via: '2.0 a3650115c5e21e2b5d133ce84464bea3.cloudfront.net (CloudFront)',
    'X-Amz-Cf-Id': 'MAXpMxMmPLE1n_3RZ_WS4P2oG3Ufs9AbxG5OrGtNw-2X3n7wvJUe1A==',
    'X-Amzn-Trace-Id': 'Root=1-65f1d0b8-4c2e9a1f7b3d5e6a8c0b2d4f',
    'X-Forwarded-For': '203.0.113.24, 130.176.212.150',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
  };
  return {
    resource: '/orders/{orderId}/items',
    path: '/orders/o-1001/items',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: { notify: 'email' },
    multiValueQueryStringParameters: { notify: ['email'] },
    pathParameters: { orderId: 'o-1001' },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: '1234567890',
      authorizer: { claims: { sub: '7d4e1a2b-3c5f-4e6a-9b8c-0d1e2f3a4b5c', 'cognito:username': 'jdoe' } },
      domainName: '1234567890.execute-api.us-east-1.amazonaws.com',
      domainPrefix: '1234567890',
      extendedRequestId: 'UjR9mEc4IAMFpXA=',
      httpMethod: 'POST',
      identity: {
        accessKey: null,
        accountId: null,
        caller: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: '203.0.113.24',
        user: null,
        userAgent,
        userArn: null,
      },
      path: '/prod/orders/o-1001/items',
      protocol: 'HTTP/1.1',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTime: '13/Mar/2024:09:41:56 +0000',
      requestTimeEpoch: 1710322916481,
      resourceId: 'k3x9pd',
      resourcePath: '/orders/{orderId}/items',
      stage: 'prod',
    },
    body,
    isBase64Encoded: false,
  };
}
