import {
  type HttpResponse,
  type Logger,
  lambdaSyncResponseLimit,
  maxJsonBytesPerUnit,
  serializedSizeOver,
  writeLog,
} from '@switchboard/core';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import { toProblemResponse } from './problem.js';
import type { DialectId } from './request.js';

/**
 * The largest answer each buffered HTTP caller takes, in bytes of the JSON
 * Lambda writes (a binary body counts as its base64, 4/3 of its bytes). Where
 * AWS writes "MB" without saying which, the decimal reading is taken: it is
 * the smaller, so an answer is refused here before the caller would fail it.
 */
export const responseLimits: Readonly<Record<DialectId, number>> = {
  // API Gateway REST takes 10 MB, but Lambda's 6 MB synchronous cap binds first.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  'apigw-rest': lambdaSyncResponseLimit,
  // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
  'apigw-http': lambdaSyncResponseLimit,
  // BUFFERED invoke mode: "The maximum payload size is 6 MB" (RESPONSE_STREAM: `streamingResponseLimit`).
  // https://docs.aws.amazon.com/lambda/latest/dg/config-rs-invoke-furls.html
  'function-url': lambdaSyncResponseLimit,
  // "The maximum size of the response JSON that the Lambda function can send is 1 MB."
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
  alb: 1_000_000,
  // "The maximum size of the response JSON that the Lambda function can send is 6 MB."
  // https://docs.aws.amazon.com/lambda/latest/dg/services-vpc-lattice.html
  'vpc-lattice': 6_000_000,
};

/**
 * A function URL in RESPONSE_STREAM mode: "The maximum response payload size
 * is 200 MB" (20 MB before July 2025), status line and headers included.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/config-rs-invoke-furls.html
 */
export const streamingResponseLimit = 200_000_000;

/**
 * `result` (what `dialect` wrote for `response`) when its caller takes it;
 * otherwise the caller's 500 answer saying the response was too large.
 * Measuring is cheap unless the answer is near the limit (see `serializedSizeOver`).
 */
export function withinResponseLimit(
  dialect: Dialect,
  event: unknown,
  response: HttpResponse,
  result: unknown,
  logger?: Logger,
): unknown {
  const limit = responseLimits[dialect.id];
  return boundOfResponse(response) <= limit ? result : measured(dialect, event, response, result, limit, logger);
}

/** Near the limit: the answer is serialized to measure it. Out of the common path. */
function measured(
  dialect: Dialect,
  event: unknown,
  response: HttpResponse,
  result: unknown,
  limit: number,
  logger: Logger | undefined,
): unknown {
  if (serializedSizeOver(result, limit) === undefined) return result;
  if (logger !== undefined) {
    writeLog(logger, { level: 'error', message: 'response too large', code: 'RESPONSE_TOO_LARGE', status: 500 });
  }
  return dialect.toResult(toTooLargeProblem(limit, response), event);
}

// Room for what a dialect adds around the answer: status, keys, `isBase64Encoded`, ALB's `statusDescription`.
export const DIALECT_OVERHEAD_BYTES = 1_024;

/**
 * An upper bound of the JSON size of any dialect's result for `response`,
 * from lengths alone: the body (bytes as base64), and each header and cookie
 * twice (a dialect may write both `headers` and `multiValueHeaders`). Below
 * the limit, nothing is serialized. A test holds every dialect to this bound.
 */
export function boundOfResponse(response: HttpResponse): number {
  const { body, headers, cookies } = response;
  let bound = DIALECT_OVERHEAD_BYTES;
  if (typeof body === 'string') bound += maxJsonBytesPerUnit * body.length;
  else if (body !== undefined) bound += 4 * Math.ceil(body.byteLength / 3);
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string') bound += headerBound(name, value);
    else {
      bound += 2 * maxJsonBytesPerUnit * name.length + 16;
      if (value !== undefined) for (const each of value) bound += 2 * (maxJsonBytesPerUnit * each.length + 4);
    }
  }
  if (cookies !== undefined) for (const cookie of cookies) bound += 2 * (maxJsonBytesPerUnit * cookie.length + 16);
  return bound;
}

/** `boundOfResponse`'s share for one header with one value. */
export const headerBound = (name: string, value: string): number =>
  2 * maxJsonBytesPerUnit * name.length + 16 + 2 * (maxJsonBytesPerUnit * value.length + 4);

/**
 * The 500 problem+json for an answer above `limit`: it states the limit,
 * never the content. 500, not 502: the app itself failed to produce an
 * answer it could deliver; 502 is what the gateway says when Lambda fails.
 * The answer's CORS headers stay, so a browser can read the error.
 */
export function toTooLargeProblem(limit: number, response: HttpResponse | undefined): HttpResponse {
  const problem = toProblemResponse(
    new HttpError(500, 'Response Too Large', {
      expose: true,
      detail: `The response is larger than the ${limit} bytes this caller accepts`,
    }),
  );
  const cors: Record<string, string> = {};
  for (const [name, value] of Object.entries(response?.headers ?? {})) {
    const lower = name.toLowerCase();
    if ((lower.startsWith('access-control-') || lower === 'vary') && typeof value === 'string') cors[lower] = value;
  }
  return { ...problem, headers: { ...problem.headers, ...cors } };
}
