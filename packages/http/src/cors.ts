import { DefinitionError, type HttpResponse } from '@switchboard/core';

export interface CorsOptions {
  /** Allowed origins: a list, or `'*'` for any (not with `credentials`). */
  readonly origins: readonly string[] | '*';
  /** Methods a preflight allows; default: the methods the matched path has. */
  readonly methods?: readonly string[];
  /** Request headers a preflight allows; default: whatever the preflight asks for. */
  readonly headers?: readonly string[];
  readonly exposeHeaders?: readonly string[];
  readonly credentials?: boolean;
  /** Seconds a browser may cache a preflight answer. */
  readonly maxAgeSeconds?: number;
}

/** CORS decided once from the options, applied per request by lookups only. */
export interface Cors {
  /** Headers for an actual (non-preflight) answer to `origin`. */
  forOrigin(origin: string | undefined): Record<string, string>;
  /** The answer to a preflight, or undefined when the request is not one. */
  preflight(request: PreflightRequest, allowedMethods: readonly string[]): HttpResponse | undefined;
}

export interface PreflightRequest {
  readonly method: string;
  readonly origin: string | undefined;
  readonly requestMethod: string | undefined;
  readonly requestHeaders: string | undefined;
}

/**
 * Built-in CORS, for every caller (ALB and function URLs included, which
 * have no API Gateway CORS of their own in front of the function).
 *
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function toCors(options: CorsOptions): Cors {
  if (options.origins === '*' && options.credentials) {
    throw new DefinitionError('CORS: credentials cannot be allowed for any origin ("*"); list the origins');
  }
  const anyOrigin = options.origins === '*';
  const allowed = new Set(anyOrigin ? [] : options.origins);
  const common: Record<string, string> = {
    ...(options.credentials && { 'access-control-allow-credentials': 'true' }),
  };
  const expose = options.exposeHeaders?.length
    ? { 'access-control-expose-headers': options.exposeHeaders.join(', ') }
    : {};
  const allowOrigin = (origin: string | undefined): Record<string, string> | undefined => {
    if (anyOrigin) return { 'access-control-allow-origin': '*' };
    if (origin === undefined || !allowed.has(origin)) return undefined;
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  };
  return {
    forOrigin(origin) {
      const allow = allowOrigin(origin);
      return allow ? { ...allow, ...common, ...expose } : {};
    },
    preflight(request, allowedMethods) {
      if (request.method !== 'OPTIONS' || request.requestMethod === undefined) return undefined;
      const allow = allowOrigin(request.origin);
      if (allow === undefined) return { status: 204, headers: { vary: 'Origin' } };
      const headers = options.headers?.join(', ') ?? request.requestHeaders;
      return {
        status: 204,
        headers: {
          ...allow,
          ...common,
          'access-control-allow-methods': (options.methods ?? allowedMethods).join(', '),
          ...(headers && { 'access-control-allow-headers': headers }),
          ...(options.maxAgeSeconds !== undefined && { 'access-control-max-age': String(options.maxAgeSeconds) }),
        },
      };
    },
  };
}
