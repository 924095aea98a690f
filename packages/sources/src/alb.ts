import { defineSource, type HttpResponse } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';
import { toWireBody } from './internal/http-body.js';
import { requestContextOf } from './internal/http-detection.js';
import { collectHeaderFields, collectJoinedHeaders } from './internal/http-headers.js';
import { toStatusLine } from './internal/http-status-text.js';

const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));

/**
 * The request an Application Load Balancer sends to a Lambda target. With
 * multi-value headers enabled on the target group, `multiValueHeaders` and
 * `multiValueQueryStringParameters` replace `headers` and
 * `queryStringParameters`. Query values arrive URL-encoded, as the client sent them.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#receive-event-from-load-balancer
 */
export const albEventSchema = z.object({
  requestContext: z.object({ elb: z.object({ targetGroupArn: z.string() }) }),
  httpMethod: z.string(),
  path: z.string(),
  headers: z.exactOptional(stringMap),
  queryStringParameters: z.exactOptional(stringMap),
  multiValueHeaders: z.exactOptional(stringListMap),
  multiValueQueryStringParameters: z.exactOptional(stringListMap),
  // Health checks and bodiless requests may omit it (corpus: example-alb-lambda-target-request-headers-only.json).
  body: z.exactOptional(z.nullable(z.string())),
  isBase64Encoded: z.boolean(),
});

// JSON.stringify drops keys set to undefined, so optional answer keys accept
// undefined, as `@types/aws-lambda`'s ALBResult declares them.
const headerValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The answer the load balancer reads. It uses `multiValueHeaders` when the
 * target group has multi-value headers enabled and `headers` otherwise, so an
 * answer may carry both (corpus: example-alb-lambda-target-response.json).
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export const albResponseSchema = z.object({
  statusCode: z.int(),
  statusDescription: z.optional(z.string()),
  headers: z.optional(z.record(z.string(), headerValue)),
  multiValueHeaders: z.optional(z.record(z.string(), z.array(headerValue))),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

export type AlbEvent = z.output<typeof albEventSchema>;
/** What a handler returns: the answer's known keys (so `ALBResult` values fit). */
export type AlbResult = z.output<typeof albResponseSchema>;

/** Multi-value headers are a target group setting; the request shows it by carrying `multiValueHeaders`. */
function isMultiValueRequest(event: { readonly multiValueHeaders?: unknown }): boolean {
  return event.multiValueHeaders !== undefined;
}

/**
 * Writes a dialect-neutral `HttpResponse` as an ALB answer, in the mode the
 * request shows: `multiValueHeaders` (every value, one `set-cookie` per
 * cookie) iff the request had them, else `headers` with repeated values
 * joined by `, `. A single-value `headers` map can hold one `set-cookie`
 * only: the first cookie is sent and the others are dropped, so enable
 * multi-value headers on the target group to set several cookies.
 * `statusDescription` is the status line ("200 OK"); bytes are base64.
 *
 * @example
 * router().on(alb, async (event) => toAlbResult({ status: 200, cookies: ['sid=abc; HttpOnly'], body: 'ok' }, event))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers
 */
export function toAlbResult(response: HttpResponse, event: { readonly multiValueHeaders?: unknown }): AlbResult {
  if (isMultiValueRequest(event)) {
    const { fields, cookies } = collectHeaderFields(response);
    const status = { statusCode: response.status, statusDescription: toStatusLine(response.status) };
    const multiValueHeaders: Record<string, string[]> = Object.fromEntries(
      Array.from(fields, ([name, values]) => [name, [...values]]),
    );
    if (cookies.length > 0) multiValueHeaders['set-cookie'] = [...cookies];
    return { ...status, multiValueHeaders, ...toWireBody(response.body) };
  }
  const { headers, cookies } = collectJoinedHeaders(response);
  if (cookies[0] !== undefined) headers['set-cookie'] = cookies[0];
  const { body, isBase64Encoded } = toWireBody(response.body);
  return {
    statusCode: response.status,
    statusDescription: toStatusLine(response.status),
    headers,
    body,
    isBase64Encoded,
  };
}

/**
 * Elastic Load Balancing: an Application Load Balancer with a Lambda target group.
 *
 * @example
 * router().on(alb, async (event) => toAlbResult({ status: 200, body: `hello ${event.path}` }, event))
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export const alb = defineSource<
  'alb',
  typeof albEventSchema,
  typeof albResponseSchema,
  AlbResult,
  'single' | 'multi-value'
>({
  id: 'alb',
  invocation: 'sync',
  // Only ALB puts `elb` (with the target group's ARN) in `requestContext`:
  // API Gateway's context has account, API and stage ids, VPC Lattice's has
  // `serviceNetworkArn`/`targetGroupArn` at its top.
  detect: (event) => isObject(event) && isObject(requestContextOf(event)?.elb),
  schema: albEventSchema,
  response: albResponseSchema,
  variants: ['single', 'multi-value'],
  variantOf: (event) => (isMultiValueRequest(event) ? 'multi-value' : 'single'),
  sample: sampleAlbEvent,
  docs: {
    service: 'Elastic Load Balancing (Application Load Balancer)',
    summary:
      'An Application Load Balancer forwards each request to a Lambda target group and sends the answer to the client. Target groups with multi-value headers enabled send and read `multiValueHeaders`; `toAlbResult` answers in the mode the request shows.',
    detection:
      '`requestContext.elb` is an object; the request carries `multiValueHeaders` iff it is the `multi-value` variant.',
    retries:
      'None: the client waits for the answer. A thrown error or a malformed answer becomes a 502, a timeout a 504; health checks mark the target unhealthy after repeated failures.',
    limits: [
      {
        name: 'Request and response body',
        value: '1 MB each; a larger answer becomes a 502',
        link: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
      },
      {
        name: 'Cookies without multi-value headers',
        value: 'one `set-cookie` per answer; enable multi-value headers to send several',
        link: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers',
      },
    ],
    links: [
      {
        title: 'Lambda functions as targets',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
      },
      {
        title: 'Using AWS Lambda with an Application Load Balancer',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-alb.html',
      },
    ],
  },
});

function sampleAlbEvent(): AlbEvent {
  return {
    requestContext: {
      elb: {
        targetGroupArn:
          'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/orders-lambda/6d0ecf831eec9f09',
      },
    },
    httpMethod: 'POST',
    path: '/orders',
    queryStringParameters: { source: 'web' },
    headers: {
      accept: 'application/json',
      'content-length': '33',
      'content-type': 'application/json',
      host: 'orders-alb-1234567890.us-east-2.elb.amazonaws.com',
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36',
      'x-amzn-trace-id': 'Root=1-65f1d3a2-2f4e6a8c0b1d3e5f7a9c1b2d',
      'x-forwarded-for': '198.51.100.42',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    body: '{"sku":"B07XJ8C8F5","quantity":2}',
    isBase64Encoded: false,
  };
}
