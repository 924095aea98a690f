import type { HeaderValue, HttpResponse } from '@switchboard/core';
import { HttpError } from './http-error.js';

const replyMark: unique symbol = Symbol('switchboard.reply');

/** An answer built with `reply.*`, written in each caller's dialect. */
export interface Reply extends HttpResponse {
  readonly [replyMark]: true;
  /** A body produced piece by piece (see `reply.stream`). */
  readonly stream?: AsyncIterable<string | Uint8Array>;
}

interface ReplyInit {
  readonly headers?: Readonly<Record<string, HeaderValue>>;
  readonly cookies?: readonly string[];
}

function make(
  status: number,
  body: string | Uint8Array | undefined,
  contentType: string | undefined,
  init?: ReplyInit,
): Reply {
  // Built field by field: spreads would allocate twice on every answer.
  const headers: Record<string, HeaderValue> = contentType === undefined ? {} : { 'content-type': contentType };
  if (init?.headers !== undefined) Object.assign(headers, init.headers);
  const reply: { -readonly [K in keyof Reply]: Reply[K] } = { [replyMark]: true, status, headers };
  if (init?.cookies !== undefined) reply.cookies = init.cookies;
  if (body !== undefined) reply.body = body;
  return reply;
}

/**
 * Answers for route handlers. A route may also return a plain value (a 200
 * JSON answer) or, as API Gateway defines it, an object with a numeric
 * `statusCode` (what middy's HTTP middlewares produce).
 *
 * @example
 * app.post('/orders', { body: orderSchema }, async (req) => reply.json(201, await save(req.body)))
 */
export const reply = {
  json: (status: number, value: unknown, init?: ReplyInit): Reply =>
    make(status, JSON.stringify(value), 'application/json', init),
  text: (status: number, text: string, init?: ReplyInit): Reply =>
    make(status, text, 'text/plain; charset=utf-8', init),
  bytes: (status: number, bytes: Uint8Array, contentType: string, init?: ReplyInit): Reply =>
    make(status, bytes, contentType, init),
  empty: (status = 204, init?: ReplyInit): Reply => make(status, undefined, undefined, init),
  redirect: (location: string, status = 302): Reply => make(status, undefined, undefined, { headers: { location } }),
  /**
   * A body produced piece by piece: streamed to function URLs in
   * RESPONSE_STREAM mode (`toStreamingHandler`), collected for other callers.
   */
  stream: (status: number, body: AsyncIterable<string | Uint8Array>, contentType: string, init?: ReplyInit): Reply => ({
    ...make(status, undefined, contentType, init),
    stream: body,
  }),
};

interface ProxyResult {
  readonly statusCode: number;
  readonly headers?: Readonly<Record<string, string | number | boolean>>;
  readonly multiValueHeaders?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  readonly cookies?: readonly string[];
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

function isProxyResult(value: unknown): value is ProxyResult {
  return (
    typeof value === 'object' && value !== null && typeof (value as { statusCode?: unknown }).statusCode === 'number'
  );
}

/** Turns whatever a route returned into the dialect-neutral answer. */
export function toHttpResponse(result: unknown): HttpResponse {
  if (typeof result === 'object' && result !== null && replyMark in result) return result as Reply;
  if (result === undefined) return reply.empty(204);
  if (isProxyResult(result)) return fromProxyResult(result);
  return reply.json(200, result);
}

function fromProxyResult(result: ProxyResult): HttpResponse {
  const { statusCode: status, cookies, body } = result;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new HttpError(500, 'Internal Server Error', { detail: 'a route answered an invalid statusCode' });
  }
  // Multi-value headers after single ones: the later spelling of a name wins, as in API Gateway.
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries({ ...result.headers, ...result.multiValueHeaders })) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const response: { -readonly [K in keyof HttpResponse]: HttpResponse[K] } = { status, headers };
  if (cookies) response.cookies = cookies;
  if (body !== undefined) response.body = result.isBase64Encoded ? new Uint8Array(Buffer.from(body, 'base64')) : body;
  return response;
}
