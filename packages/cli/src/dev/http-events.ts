import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { httpEvent } from '@switchboard/testing';

/** The HTTP callers `switchboard dev` can stand in for. */
export const dialects = ['apigw-http', 'apigw-rest', 'alb', 'function-url', 'vpc-lattice'] as const;
export type DevDialect = (typeof dialects)[number];

/** One ordinary HTTP request, read whole. */
export interface RawRequest {
  readonly method: string;
  /** Path and query, as sent: `/orders?limit=2`. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly httpVersion: string;
}

const textTypes = /^(text\/|application\/(json|[\w.+-]+\+json|xml|x-www-form-urlencoded|javascript))/;

/**
 * The event `dialect`'s caller would send for `request`, built by the same
 * builders tests use (`@switchboard/testing`): text bodies as text, others
 * as bytes (base64 in the event, as AWS sends binary bodies).
 */
export function toHttpEvent(dialect: DevDialect, request: RawRequest): unknown {
  const url = new URL(request.url, 'http://localhost');
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    const values = query[key] ?? [];
    values.push(value);
    query[key] = values;
  }
  const headers: Record<string, string[]> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies.push(...[value].flat().flatMap((line) => line.split(/;\s*/)));
    else headers[name] = [value].flat();
  }
  const isText = textTypes.test(request.headers['content-type'] ?? 'text/plain');
  const body =
    request.body.length === 0 ? undefined : isText ? request.body.toString('utf8') : new Uint8Array(request.body);
  return httpEvent({
    dialect,
    method: request.method,
    path: url.pathname,
    query,
    headers,
    cookies,
    ...(body !== undefined && { body }),
  });
}

interface StructuredAnswer {
  readonly statusCode: number;
  readonly headers?: Record<string, unknown>;
  readonly multiValueHeaders?: Record<string, unknown>;
  readonly cookies?: readonly string[];
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

function isStructured(answer: unknown): answer is StructuredAnswer {
  return typeof answer === 'object' && answer !== null && typeof Reflect.get(answer, 'statusCode') === 'number';
}

/**
 * Writes the handler's answer as its caller would: headers, multi-value
 * headers, cookies, base64 bodies as bytes. Payload 2.0 callers take an answer
 * without `statusCode` as a 200 JSON body; the others answer it with a 502,
 * as API Gateway and ALB do for a malformed Lambda response.
 */
export function writeHttpAnswer(dialect: DevDialect, answer: unknown, response: ServerResponse): number {
  if (!isStructured(answer)) {
    if (dialect === 'apigw-http' || dialect === 'function-url') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer ?? null));
      return 200;
    }
    response.writeHead(502, { 'content-type': 'application/json' }).end('{"message":"Internal server error"}');
    return 502;
  }
  const headers = new Map<string, string[]>();
  for (const [name, value] of Object.entries(answer.multiValueHeaders ?? {})) {
    headers.set(name.toLowerCase(), [value].flat().map(String));
  }
  for (const [name, value] of Object.entries(answer.headers ?? {})) {
    // vpc-lattice answers may carry lists; the others single values, which win over multi-value ones.
    headers.set(name.toLowerCase(), [value].flat().map(String));
  }
  if (answer.cookies !== undefined && answer.cookies.length > 0) {
    headers.set('set-cookie', [...(headers.get('set-cookie') ?? []), ...answer.cookies]);
  }
  for (const [name, values] of headers) response.setHeader(name, values.length === 1 ? (values[0] as string) : values);
  const body = answer.body ?? '';
  response.writeHead(answer.statusCode).end(answer.isBase64Encoded === true ? Buffer.from(body, 'base64') : body);
  return answer.statusCode;
}
