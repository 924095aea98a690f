import { defineSource, type HttpResponse } from '@switchboard/core';
import { isFunctionUrlDomain, payloadV2ContextOf } from './internal/http-detection.js';
import {
  type PayloadV2Event,
  type PayloadV2Result,
  type PayloadV2StructuredResult,
  payloadV2EventSchema,
  payloadV2ResponseSchema,
  payloadV2StructuredResponseSchema,
  toPayloadV2Result,
} from './internal/payload-v2.js';

/** The request an HTTP API sends with payload format 2.0 (the same shape function URLs send). */
export const apigwHttpEventSchema = payloadV2EventSchema;
/** The structured answer of payload format 2.0: status, headers, cookies, body. */
export const apigwHttpStructuredResponseSchema = payloadV2StructuredResponseSchema;
/** What the HTTP API reads back: the structured answer, or any JSON value without `statusCode`, sent as a 200 JSON body. */
export const apigwHttpResponseSchema = payloadV2ResponseSchema;

export type ApigwHttpEvent = PayloadV2Event;
/** What a handler may return: a structured answer or a bare JSON value. */
export type ApigwHttpResult = PayloadV2Result;
export type ApigwHttpStructuredResult = PayloadV2StructuredResult;

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
export const apigwHttp = defineSource<
  'apigw-http',
  typeof apigwHttpEventSchema,
  typeof apigwHttpResponseSchema,
  ApigwHttpResult
>({
  id: 'apigw-http',
  invocation: 'sync',
  // Payload 2.0 puts the method in `requestContext.http.method` (1.0 has a
  // top-level `httpMethod`); function URLs send the same payload, and only
  // their `requestContext.domainName` (`<url-id>.lambda-url.<region>.on.aws`)
  // tells them apart. Authorizer requests (`routeArn`/`methodArn`) are refused.
  detect: (event) => {
    const context = payloadV2ContextOf(event);
    return context !== undefined && !isFunctionUrlDomain(context.domainName);
  },
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
