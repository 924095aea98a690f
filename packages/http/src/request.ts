import type { Context } from 'aws-lambda';

/** The HTTP callers one app serves, by source id. */
export type DialectId = 'apigw-rest' | 'apigw-http' | 'function-url' | 'alb' | 'vpc-lattice';

/**
 * One request, whichever caller sent it. Header names are lower-cased;
 * repeated headers and query keys keep every value in the `…All` maps.
 */
export interface HttpRequest<Params = Record<string, string>, Query = Record<string, string>, Body = unknown> {
  readonly method: string;
  /** The path as the client sent it (still percent-encoded). */
  readonly path: string;
  readonly params: Params;
  /** The first value of each query key (or the validated query). */
  readonly query: Query;
  readonly queryAll: Readonly<Record<string, readonly string[]>>;
  /** Each header's values joined with `, ` (cookies excepted: see `cookies`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly headersAll: Readonly<Record<string, readonly string[]>>;
  readonly cookies: Readonly<Record<string, string>>;
  /** The parsed and validated body when the route has a body schema; otherwise the raw body. */
  readonly body: Body;
  /** The raw body: text as sent, or bytes when the caller base64-encoded it. Never re-decoded. */
  readonly rawBody: string | Uint8Array | undefined;
  readonly dialect: DialectId;
  /** The event exactly as the caller sent it. */
  readonly event: unknown;
  readonly context: Context;
}
