import type { HttpResponse } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Cors } from './cors.js';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import type { RouteTable } from './internal/route-table.js';
import { toProblemResponse } from './problem.js';
import { toHttpResponse } from './reply.js';
import type { HttpRequest, IncomingRequest } from './request.js';
import type { RouteOptions } from './route-types.js';
import { parseJsonBody, type RouteSchemas, validateRequest } from './validate-request.js';

export interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly options: RouteOptions;
  readonly handler: (request: HttpRequest<any, any, any>, context: Context) => unknown;
}

/** What an app compiled from its definition: routes and CORS. */
export interface AppState {
  readonly table: RouteTable<Route>;
  readonly routes: Route[];
  readonly cors: Cors | undefined;
}

/** Routes one request, and writes whatever happens, errors included, in the caller's dialect. */
export async function serveRequest(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  context: Context,
): Promise<unknown> {
  let response: HttpResponse;
  let origin: string | undefined;
  try {
    const incoming = dialect.toRequest(event);
    origin = incoming.headersAll.origin?.[0];
    response = await answer(app, incoming, dialect, event, context);
  } catch (error) {
    response = toProblemResponse(error);
  }
  if (app.cors !== undefined) response = withHeaders(response, app.cors.forOrigin(origin));
  try {
    return dialect.toResult(response, event);
  } catch (error) {
    // A header the route set could not be written (CR/LF...): answer a bare 500 instead.
    return dialect.toResult(toProblemResponse(error), event);
  }
}

async function answer(
  app: AppState,
  incoming: IncomingRequest,
  dialect: Dialect,
  event: unknown,
  context: Context,
): Promise<HttpResponse> {
  const match = app.table.match(incoming.method, toSegments(incoming.path));
  if (match.kind === 'not-found') throw new HttpError(404, 'Not Found');
  if (match.kind === 'method-not-allowed') {
    const allow = match.allowed.join(', ');
    if (incoming.method === 'OPTIONS') return preflightOrAllow(app.cors, incoming, match.allowed);
    throw new HttpError(405, 'Method Not Allowed', { headers: { allow } });
  }
  const { route, params } = match;
  const request = await toRouteRequest(route, incoming, params, dialect, event, context);
  const response = toHttpResponse(await route.handler(request, context));
  return incoming.method === 'HEAD' ? withoutBody(response) : response;
}

async function toRouteRequest(
  route: Route,
  incoming: IncomingRequest,
  params: Record<string, string>,
  dialect: Dialect,
  event: unknown,
  context: Context,
): Promise<HttpRequest> {
  const headers = Object.fromEntries(
    Object.entries(incoming.headersAll).map(([name, values]) => [name, values.join(', ')]),
  );
  const query = Object.fromEntries(Object.entries(incoming.queryAll).map(([key, values]) => [key, values[0] ?? '']));
  const body =
    route.options.body === undefined ? incoming.rawBody : parseJsonBody(incoming.rawBody, headers['content-type']);
  const parts = { params, query, headers, body };
  const valid = hasSchemas(route.options) ? await validateRequest(route.options, parts) : parts;
  return {
    method: incoming.method,
    path: incoming.path,
    params: valid.params,
    query: valid.query,
    queryAll: incoming.queryAll,
    headers,
    headersAll: incoming.headersAll,
    cookies: incoming.cookies,
    body: valid.body,
    rawBody: incoming.rawBody,
    dialect: dialect.id,
    event,
    context,
  } as HttpRequest;
}

const hasSchemas = (schemas: RouteSchemas) =>
  schemas.params !== undefined ||
  schemas.query !== undefined ||
  schemas.headers !== undefined ||
  schemas.body !== undefined;

/** Path segments, each percent-decoded after splitting, so an encoded `/` stays inside its segment. */
function toSegments(path: string): string[] {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'Bad Request', { detail: 'The path has a malformed percent-encoding' });
    }
    if (segment === '.' || segment === '..')
      throw new HttpError(400, 'Bad Request', { detail: 'The path has a dot segment' });
    segments.push(segment);
  }
  return segments;
}

function preflightOrAllow(cors: Cors | undefined, incoming: IncomingRequest, allowed: readonly string[]): HttpResponse {
  const header = (name: string) => incoming.headersAll[name]?.join(', ');
  const preflight = cors?.preflight(
    {
      method: incoming.method,
      origin: header('origin'),
      requestMethod: header('access-control-request-method'),
      requestHeaders: header('access-control-request-headers'),
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
