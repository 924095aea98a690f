import type { HttpResponse, Router } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { type CorsOptions, toCors } from './cors.js';
import type { Dialect } from './dialects/dialect.js';
import { RouteTable } from './internal/route-table.js';
import { type AppState, type Route, respond } from './respond.js';
import type { RouteHandler, RouteOptions } from './route-types.js';
import { serveRequest } from './serve.js';
import { compileValidator } from './validate-request.js';

/** A route without schemas. */
type NoSchemas = Record<never, never>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

type RouteMethod = {
  <Path extends string>(path: Path, handler: RouteHandler<Path, NoSchemas>): HttpApp;
  <Path extends string, const Options extends RouteOptions>(
    path: Path,
    options: Options,
    handler: RouteHandler<Path, Options>,
  ): HttpApp;
};

export interface HttpApp {
  readonly get: RouteMethod;
  readonly post: RouteMethod;
  readonly put: RouteMethod;
  readonly patch: RouteMethod;
  readonly delete: RouteMethod;
  /** Routes under a common prefix (a base path, a version, a stage). */
  group(prefix: string, define: (group: HttpApp) => void): HttpApp;
  /** Answers one event of `dialect`: route, validate, run, write the answer in the caller's shape. */
  serve(dialect: Dialect, event: unknown, context: Context): Promise<unknown>;
  /** The dialect-neutral answer to one event (what `serve` then writes), for streaming callers. */
  respond(dialect: Dialect, event: unknown, context: Context): Promise<HttpResponse>;
  /** Mounts this app on `router` for each dialect (every HTTP caller by default). */
  mount(router: Router, dialects: readonly Dialect[]): Router;
  /** Every route, in definition order (for OpenAPI and tools). */
  readonly routes: readonly Route[];
}

/**
 * One HTTP app for every HTTP caller. Routes are compiled into a table as
 * they are defined; each request is answered in its caller's dialect.
 *
 * @example
 * const app = httpApp()
 *   .get('/users/{id}', (req) => ({ id: req.params.id }))
 *   .post('/users', { body: userSchema }, (req) => reply.json(201, req.body))
 * export const handler = app.mount(router(), [apigwHttpDialect, albDialect]).handler
 */
export interface HttpAppOptions {
  /** Built-in CORS for every caller, preflight included. */
  readonly cors?: CorsOptions;
}

export function httpApp(options: HttpAppOptions = {}): HttpApp {
  const state: AppState = { table: new RouteTable<Route>(), routes: [], cors: options.cors && toCors(options.cors) };
  return appWith(state, '');
}

function appWith(state: AppState, prefix: string): HttpApp {
  const { table } = state;
  const define =
    (method: Method): RouteMethod =>
    (path: string, schemasOrHandler: unknown, maybeHandler?: unknown) => {
      const handler = (maybeHandler ?? schemasOrHandler) as Route['handler'];
      const options = (maybeHandler === undefined ? {} : schemasOrHandler) as RouteOptions;
      const pattern = joinPath(prefix, path);
      const route: Route = { method, pattern, options, handler, validate: compileValidator(options) };
      table.add(method, pattern, route);
      state.routes.push(route);
      return app;
    };
  const app: HttpApp = {
    get: define('GET'),
    post: define('POST'),
    put: define('PUT'),
    patch: define('PATCH'),
    delete: define('DELETE'),
    group(groupPrefix, defineGroup) {
      defineGroup(appWith(state, joinPath(prefix, groupPrefix)));
      return app;
    },
    routes: state.routes,
    serve: (dialect, event, context) => serveRequest(state, dialect, event, context),
    respond: async (dialect, event, context) => respond(state, dialect, event, context),
    mount(router, dialects) {
      for (const dialect of dialects) {
        router.on(dialect.source, (event: unknown, context: Context) => serveRequest(state, dialect, event, context));
      }
      return router;
    },
  };
  return app;
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined === '/' ? '/' : joined.replace(/\/+$/, '');
}
