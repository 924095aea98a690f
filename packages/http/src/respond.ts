import type { HttpResponse, Logger } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Cors } from './cors.js';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import { assertBodyWithin } from './internal/body-size.js';
import { LazyRequest } from './internal/lazy-request.js';
import { isRoutableMethod } from './internal/routable-method.js';
import { type RouteTable, toSegments } from './internal/route-table.js';
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
  const { cors } = app;
  if (pending instanceof Promise) {
    const settled = pending.catch(app.reportAsync);
    return cors === undefined ? settled : settled.then((response) => cors.answer(response, request));
  }
  return cors === undefined ? pending : cors.answer(pending, request);
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
  // Only a miss can be an unknown method: no route has one. RFC 9110 §15.6.2: 501 for a method the server
  // "does not recognize" (`BREW`, `PROPFIND`); 405 is kept for one it knows but the resource does not allow.
  if (!isRoutableMethod(method)) throw new HttpError(501, 'Not Implemented', { code: 'METHOD_NOT_IMPLEMENTED' });
  if (match.kind === 'not-found') throw new HttpError(404, 'Not Found', { code: 'ROUTE_NOT_FOUND' });
  const allow = match.allowed.join(', ');
  if (method === 'OPTIONS') return app.cors?.preflight(request, match.allowed) ?? { status: 204, headers: { allow } };
  throw new HttpError(405, 'Method Not Allowed', { code: 'METHOD_NOT_ALLOWED', headers: { allow } });
}

function runMatched(
  route: Route,
  request: LazyRequest,
  params: Record<string, string>,
): HttpResponse | Promise<HttpResponse> {
  request.params = params;
  const valid = route.validate?.(request);
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
  if (method !== 'HEAD') return response;
  const { body: _dropped, ...head } = response;
  return head;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
