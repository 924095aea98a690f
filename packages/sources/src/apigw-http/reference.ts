import { describeSource } from '@switchboard/core';
import { type ApigwHttpEvent, apigwHttpEventSchema, apigwHttpResponseSchema } from './schema.js';
import { apigwHttp } from './source.js';

/** `apigwHttp` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwHttpReference = describeSource(apigwHttp, {
  schema: apigwHttpEventSchema,
  response: apigwHttpResponseSchema,
  sample: sampleApigwHttpEvent,
  docs: {
    service: 'Amazon API Gateway (HTTP APIs)',
    summary:
      'An HTTP API route with a Lambda proxy integration (payload format 2.0) invokes the function with the request and sends its answer to the client.',
    detection:
      '`requestContext.http.method` is set, there is no top-level `httpMethod`, no authorizer `routeArn`/`methodArn`, and `requestContext.domainName` is not a function URL host (`*.lambda-url.*`).',
    retries:
      'None: the client waits for the answer. A thrown error, a timeout or a malformed answer becomes a 500 (503 when Lambda throttles) and the client decides whether to retry.',
    limits: [
      {
        name: 'Integration timeout',
        value: '30 seconds',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
      },
      {
        name: 'Payload size',
        value: '10 MB request; the answer is bounded by the 6 MB Lambda synchronous response limit',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB request and response (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Create AWS Lambda proxy integrations for HTTP APIs',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
      },
      {
        title: 'Working with cookies in payload format 2.0',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.response',
      },
    ],
  },
});

function sampleApigwHttpEvent(): ApigwHttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /orders',
    rawPath: '/orders',
    rawQueryString: 'dryRun=false',
    cookies: ['session=7b3c9f1e2d'],
    headers: {
      accept: 'application/json',
      'content-length': '33',
      'content-type': 'application/json',
      cookie: 'session=7b3c9f1e2d',
      host: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
      'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15',
      'x-amzn-trace-id': 'Root=1-65f1c2a4-3b8e4f2a1c9d7e6f5a4b3c2d',
      'x-forwarded-for': '203.0.113.24',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    queryStringParameters: { dryRun: 'false' },
    body: '{"sku":"B07XJ8C8F5","quantity":2}',
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'r3pmxmplak',
      domainName: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
      domainPrefix: 'r3pmxmplak',
      http: {
        method: 'POST',
        path: '/orders',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.24',
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15',
      },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: 'POST /orders',
      stage: '$default',
      time: '13/Mar/2024:09:41:56 +0000',
      timeEpoch: 1710322916481,
    },
  };
}
