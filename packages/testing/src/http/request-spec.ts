/** Header or query values: one string, or every value in order. */
export type FieldValues = string | readonly string[];

/** The HTTP dialects of Lambda: which AWS caller turns the request into an event. */
export type HttpDialect = 'apigw-http' | 'apigw-rest' | 'function-url' | 'alb' | 'vpc-lattice';

/**
 * An HTTP request to build as the event of a dialect. Give `json` (serialised,
 * with `content-type: application/json` unless set) or `body` (a string, or
 * bytes sent base64-encoded as AWS does for binary bodies), not both.
 */
export interface HttpRequestSpec {
  readonly method: string;
  readonly path: string;
  /** Decoded query parameters; the builders encode them as each dialect does. */
  readonly query?: Readonly<Record<string, FieldValues>>;
  readonly headers?: Readonly<Record<string, FieldValues>>;
  /** `name=value` pairs, sent in a `cookie` header (or `cookies` for payload v2). */
  readonly cookies?: readonly string[];
  readonly body?: string | Uint8Array;
  readonly json?: unknown;
  /** ALB only: the target group has multi-value headers on (default false). */
  readonly multiValue?: boolean;
  /** VPC Lattice only: the target group's event structure version (default 2). */
  readonly version?: 1 | 2;
}

/** A spec with every field in list form, the body encoded: what each dialect builder reads. */
export interface NormalRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, readonly string[]>>;
  /** Without the cookie header: each dialect places cookies its own way. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly cookies: readonly string[];
  readonly body: string | null;
  readonly isBase64Encoded: boolean;
}

const toLists = (map: Readonly<Record<string, FieldValues>> = {}): Record<string, readonly string[]> =>
  Object.fromEntries(Object.entries(map).map(([key, values]) => [key, typeof values === 'string' ? [values] : values]));

/** Every field of `spec` in list form, a JSON body serialised and bytes base64-encoded. */
export function normalizeRequest(spec: HttpRequestSpec): NormalRequest {
  if (spec.json !== undefined && spec.body !== undefined) {
    throw new TypeError('An HTTP request spec takes `json` or `body`, not both');
  }
  const headers = toLists(spec.headers);
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (spec.json !== undefined && !hasContentType) headers['content-type'] = ['application/json'];
  const body = spec.json !== undefined ? JSON.stringify(spec.json) : spec.body;
  return {
    method: spec.method.toUpperCase(),
    path: spec.path,
    query: toLists(spec.query),
    headers,
    cookies: spec.cookies ?? [],
    body: body === undefined ? null : typeof body === 'string' ? body : Buffer.from(body).toString('base64'),
    isBase64Encoded: body !== undefined && typeof body !== 'string',
  };
}

/** The headers with the cookies as one `cookie` header, as a browser sends them. */
export function withCookieHeader(request: NormalRequest): Record<string, readonly string[]> {
  const headers = { ...request.headers };
  if (request.cookies.length > 0) headers.cookie = [request.cookies.join('; ')];
  return headers;
}

/** One value per key: the last, as API Gateway keeps in its single-value maps. */
export const lastValues = (map: Readonly<Record<string, readonly string[]>>): Record<string, string> =>
  Object.fromEntries(Object.entries(map).map(([key, values]) => [key, values.at(-1) ?? '']));

/** `a=1&a=2&b=3`, with keys and values passed through `encode`. */
export const rawQuery = (query: Readonly<Record<string, readonly string[]>>, encode: (part: string) => string) =>
  Object.entries(query)
    .flatMap(([key, values]) => values.map((value) => `${encode(key)}=${encode(value)}`))
    .join('&');
