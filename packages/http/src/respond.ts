import type { HttpResponse, Logger } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Cors } from './cors.js';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import { assertBodyWithin } from './internal/body-size.js';
import { LazyRequest } from './internal/lazy-request.js';
import { isRoutableMethod, unroutableMethodError } from './internal/routable-method.js';
import type { RouteTable } from './internal/route-table.js';
import { toHttpResponse } from './reply.js';
import { problemSite, reportProblem } from './report-problem.js';
import type { HttpRequest } from './request.js';
import type { RouteOptions } from './route-types.js';
import type { RequestValidator } from './validate-request.js';

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
  let request: LazyRequest | undefined;
  let pending: HttpResponse | Promise<HttpResponse>;
  try {
    request = new LazyRequest(dialect, event, context);
    pending = answer(app, request);
  } catch (error) {
    pending = reportProblem(app.logger, error, problemSite(app, request, context));
  }
  if (app.cors !== undefined) return withCors(app, app.cors, request, pending);
  return pending instanceof Promise ? pending.catch(app.reportAsync) : pending;
}

/** The answer with the CORS headers of the request's origin, whenever it comes. */
function withCors(
  app: AppState,
  cors: Cors,
  request: LazyRequest | undefined,
  pending: HttpResponse | Promise<HttpResponse>,
): HttpResponse | Promise<HttpResponse> {
  const corsHeaders = cors.forOrigin(originOf(request));
  const add = (response: HttpResponse) => withHeaders(response, corsHeaders);
  if (pending instanceof Promise) return pending.then(add, (error: unknown) => add(app.reportAsync(error)));
  return add(pending);
}

/** The request's `Origin`, read outside the error handling: a header map too malformed to read has none. */
function originOf(request: LazyRequest | undefined): string | undefined {
  try {
    return request?.header('origin');
  } catch {
    return undefined;
  }
}

function answer(app: AppState, request: LazyRequest): HttpResponse | Promise<HttpResponse> {
  const { rawBody } = request;
  if (rawBody !== undefined && rawBody.length > app.measureBodiesFrom) assertBodyWithin(rawBody, app.maxBodyBytes);
  const params: Record<string, string> = {};
  const route = app.table.find(request.method, request.path, params);
  return route === undefined ? answerUnmatched(app, request) : runMatched(route, request, params);
}

/** Not found on the common path: an unclean path, a 404, a 405, a preflight or an unknown method. */
function answerUnmatched(app: AppState, request: LazyRequest): HttpResponse | Promise<HttpResponse> {
  const { method } = request;
  const match = app.table.match(method, toSegments(request.path));
  if (match.kind === 'found') return runMatched(match.route, request, match.params);
  // Only a miss can be an unknown method: no route has one.
  if (!isRoutableMethod(method)) throw unroutableMethodError();
  if (match.kind === 'not-found') throw new HttpError(404, 'Not Found', { code: 'ROUTE_NOT_FOUND' });
  if (method === 'OPTIONS') return preflightOrAllow(app.cors, request, match.allowed);
  const allow = match.allowed.join(', ');
  throw new HttpError(405, 'Method Not Allowed', { code: 'METHOD_NOT_ALLOWED', headers: { allow } });
}

function runMatched(
  route: Route,
  request: LazyRequest,
  params: Record<string, string>,
): HttpResponse | Promise<HttpResponse> {
  request.params = params;
  const { validate } = route;
  const valid = validate === undefined ? undefined : validate(request);
  if (valid instanceof Promise) return valid.then(() => runRoute(route, request), route.reportRejection);
  return runRoute(route, request);
}

function runRoute(route: Route, request: LazyRequest): HttpResponse | Promise<HttpResponse> {
  const { method } = request;
  const result = route.handler(request as HttpRequest, request.context);
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

function preflightOrAllow(cors: Cors | undefined, request: LazyRequest, allowed: readonly string[]): HttpResponse {
  const preflight = cors?.preflight(
    {
      method: request.method,
      origin: request.header('origin'),
      requestMethod: request.header('access-control-request-method'),
      requestHeaders: request.header('access-control-request-headers'),
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
