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

/** What a CORS policy reads of a request: one lower-cased header (which may throw on a malformed event). */
export interface CorsRequest {
  header(name: string): string | undefined;
}

/**
 * CORS decided once from the options, applied per request by lookups only:
 * what `httpApp({ cors })` takes. An app without it carries none of this code.
 */
export interface Cors {
  /** The answer, whenever it comes, with the CORS headers of the request's origin. */
  answer(response: HttpResponse, request: CorsRequest | undefined): HttpResponse;
  /** The answer to an OPTIONS request, or undefined when it is not a preflight. */
  preflight(request: CorsRequest, allowedMethods: readonly string[]): HttpResponse | undefined;
}

/**
 * Built-in CORS, for every caller (ALB and function URLs included, which
 * have no API Gateway CORS of their own in front of the function), preflight
 * included. Refuses credentials for any origin when it is defined.
 *
 * @example
 * const app = httpApp({ cors: cors({ origins: ['https://shop.example'], credentials: true }) })
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function cors(options: CorsOptions): Cors {
  const anyOrigin = options.origins === '*';
  if (anyOrigin && options.credentials) {
    throw new DefinitionError('CORS: credentials cannot be allowed for any origin ("*"); list the origins');
  }
  const allowed = new Set(anyOrigin ? [] : options.origins);
  const common: Record<string, string> = options.credentials ? { 'access-control-allow-credentials': 'true' } : {};
  const expose = options.exposeHeaders?.length
    ? { ...common, 'access-control-expose-headers': options.exposeHeaders.join(', ') }
    : common;
  const allowOrigin = (origin: string | undefined): Record<string, string> | undefined => {
    if (anyOrigin) return { 'access-control-allow-origin': '*' };
    if (origin === undefined || !allowed.has(origin)) return undefined;
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  };
  return {
    answer(response, request) {
      const allow = allowOrigin(originOf(request));
      return allow ? { ...response, headers: { ...response.headers, ...allow, ...expose } } : response;
    },
    preflight(request, allowedMethods) {
      const origin = request.header('origin');
      const requestMethod = request.header('access-control-request-method');
      const requestHeaders = request.header('access-control-request-headers');
      if (requestMethod === undefined) return undefined;
      const allow = allowOrigin(origin);
      if (allow === undefined) return { status: 204, headers: { vary: 'Origin' } };
      const headers = options.headers?.join(', ') ?? requestHeaders;
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

/** The request's `Origin`; a header map too malformed to read has none. */
function originOf(request: CorsRequest | undefined): string | undefined {
  try {
    return request?.header('origin');
  } catch {
    return undefined;
  }
}
