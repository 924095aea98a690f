import type { HttpResponse, Logger } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Cors } from './cors.js';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import { assertBodyWithin } from './internal/body-size.js';
import { LazyRequest } from './internal/lazy-request.js';
import { isRoutableMethod, unroutableMethodError } from './internal/routable-method.js';
import { isCleanPath, type RouteTable } from './internal/route-table.js';
import { toHttpResponse } from './reply.js';
import { problemSite, reportProblem } from './report-problem.js';
import type { HttpRequest, IncomingRequest } from './request.js';
import type { RouteOptions } from './route-types.js';
import { parseJsonBody, type RequestParts, type RequestValidator } from './validate-request.js';

export interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly options: RouteOptions;
  readonly handler: (request: HttpRequest<any, any, any>, context: Context) => unknown;
  /** The route's schemas compiled when it was defined; `undefined` when it declares none. */
  readonly validate: RequestValidator | undefined;
  /** Answers (and logs) the route's asynchronous failure; made when the route is defined, not per request. */
  readonly reportRejection: (error: unknown) => HttpResponse;
}

/** What an app compiled from its definition: routes and CORS. */
export interface AppState {
  readonly table: RouteTable<Route>;
  readonly routes: Route[];
  readonly cors: Cors | undefined;
  /** `httpApp({ timeoutMarginMs })`; unset, the router's margin (or 1,000 ms) applies. */
  readonly timeoutMarginMs: number | undefined;
  /** Where error-path lines go: `httpApp({ log })`, else (once mounted) the router's. */
  logger: Logger | undefined;
  /** Whether `logger` was set by `httpApp()` options, so mounting keeps it. */
  readonly ownLogger: boolean;
  /** `httpApp({ maxBodyBytes })`: a larger request body is a 413. */
  readonly maxBodyBytes: number;
  /** The body length from which a body is measured (see `measureBodiesFrom`). */
  readonly measureBodiesFrom: number;
  /** Answers (and logs) an asynchronous failure no route reported; made once per app. */
  readonly reportAsync: (error: unknown) => HttpResponse;
}

/**
 * Answers one request, dialect-neutral: routing, validation and the handler,
 * with every error turned into problem+json and CORS headers added.
 * Synchronous up to the handler: a promise appears only where the handler or
 * a schema returns one.
 */
export function respond(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  context: Context,
): HttpResponse | Promise<HttpResponse> {
  let incoming: IncomingRequest | undefined;
  let pending: HttpResponse | Promise<HttpResponse>;
  try {
    incoming = dialect.toRequest(event);
    const { rawBody } = incoming;
    if (rawBody !== undefined && rawBody.length > app.measureBodiesFrom) assertBodyWithin(rawBody, app.maxBodyBytes);
    pending = answer(app, incoming, dialect, event, context);
  } catch (error) {
    pending = reportProblem(app.logger, error, problemSite(app, incoming, context));
  }
  const { cors } = app;
  if (cors === undefined) return pending instanceof Promise ? pending.catch(app.reportAsync) : pending;
  const corsHeaders = cors.forOrigin(incoming?.headers.origin);
  const withCors = (response: HttpResponse) => withHeaders(response, corsHeaders);
  if (pending instanceof Promise) return pending.then(withCors, (error: unknown) => withCors(app.reportAsync(error)));
  return withCors(pending);
}

function answer(
  app: AppState,
  incoming: IncomingRequest,
  dialect: Dialect,
  event: unknown,
  context: Context,
): HttpResponse | Promise<HttpResponse> {
  const { path } = incoming;
  const match = isCleanPath(path)
    ? app.table.matchPath(incoming.method, path)
    : app.table.match(incoming.method, toSegments(path));
  // Only a miss can be an unknown method: no route has one.
  if (match.kind !== 'found' && !isRoutableMethod(incoming.method)) throw unroutableMethodError();
  if (match.kind === 'not-found') throw new HttpError(404, 'Not Found', { code: 'ROUTE_NOT_FOUND' });
  if (match.kind === 'method-not-allowed') {
    const allow = match.allowed.join(', ');
    if (incoming.method === 'OPTIONS') return preflightOrAllow(app.cors, incoming, match.allowed);
    throw new HttpError(405, 'Method Not Allowed', { code: 'METHOD_NOT_ALLOWED', headers: { allow } });
  }
  const { route, params } = match;
  const request = toRouteRequest(route, incoming, params, dialect, event, context);
  const { method } = incoming;
  if (request instanceof Promise) {
    return request.then((ready) => runRoute(route, ready, context, method), route.reportRejection);
  }
  return runRoute(route, request, context, method);
}

function runRoute(route: Route, request: HttpRequest, context: Context, method: string) {
  const result = route.handler(request, context);
  if (isThenable(result)) {
    return Promise.resolve(result).then((value) => toAnswer(value, method), route.reportRejection);
  }
  return toAnswer(result, method);
}

function toAnswer(result: unknown, method: string): HttpResponse {
  const response = toHttpResponse(result);
  return method === 'HEAD' ? withoutBody(response) : response;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

function toRouteRequest(
  route: Route,
  incoming: IncomingRequest,
  params: Record<string, string>,
  dialect: Dialect,
  event: unknown,
  context: Context,
): HttpRequest | Promise<HttpRequest> {
  const request = new LazyRequest(incoming, params, dialect, event, context);
  const { options, validate } = route;
  if (validate === undefined) return request as HttpRequest;
  if (options.body !== undefined) request.body = parseJsonBody(incoming.rawBody, incoming.headers['content-type']);
  const valid = validate({
    params,
    query: options.query === undefined ? undefined : request.query,
    headers: incoming.headers,
    body: request.body,
  });
  return valid instanceof Promise
    ? valid.then((parts) => withParts(request, options, parts))
    : withParts(request, options, valid);
}

function withParts(request: LazyRequest, options: RouteOptions, parts: RequestParts): HttpRequest {
  request.params = parts.params;
  if (options.query !== undefined) request.query = parts.query;
  if (options.headers !== undefined) request.headers = parts.headers as Record<string, string>;
  request.body = parts.body;
  return request as HttpRequest;
}

/** Path segments, each percent-decoded after splitting, so an encoded `/` stays inside its segment. */
function toSegments(path: string): string[] {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    const segment = raw.includes('%') ? decodeSegment(raw) : raw;
    if (segment === '.' || segment === '..')
      throw new HttpError(400, 'Bad Request', { code: 'PATH_DOT_SEGMENT', detail: 'The path has a dot segment' });
    segments.push(segment);
  }
  return segments;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'Bad Request', {
      code: 'PATH_MALFORMED',
      detail: 'The path has a malformed percent-encoding',
    });
  }
}

function preflightOrAllow(cors: Cors | undefined, incoming: IncomingRequest, allowed: readonly string[]): HttpResponse {
  const { headers } = incoming;
  const preflight = cors?.preflight(
    {
      method: incoming.method,
      origin: headers.origin,
      requestMethod: headers['access-control-request-method'],
      requestHeaders: headers['access-control-request-headers'],
    },
    allowed,
  );
  return preflight ?? { status: 204, headers: { allow: allowed.join(', ') } };
}

function withHeaders(response: HttpResponse, extra: Record<string, string>): HttpResponse {
  if (Object.keys(extra).length === 0) return response;
  return { ...response, headers: { ...response.headers, ...extra } };
}

function withoutBody(response: HttpResponse): HttpResponse {
  const { body: _dropped, ...rest } = response;
  return rest;
}
