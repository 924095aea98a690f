import {
  answersForItself,
  DefinitionError,
  type HttpResponse,
  type LogOptions,
  type Router,
  toLogger,
} from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Cors } from './cors.js';
import { defaultTimeoutMarginMs, respondInTime } from './deadline.js';
import type { Dialect } from './dialects/dialect.js';
import { defaultMaxBodyBytes, measureBodiesFrom } from './internal/body-size.js';
import { RouteTable } from './internal/route-table.js';
import { reportProblem } from './report-problem.js';
import type { AppState, Route } from './respond.js';
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
export interface HttpAppOptions extends LogOptions {
  // `log`/`logDetails` (see LogOptions): used when served directly or when `log` is given;
  // mounted without `log`, the app writes to the router's sink with the router's `logDetails`.
  /** Built-in CORS for every caller, preflight included: `cors({ origins })`. */
  readonly cors?: Cors;
  /**
   * How long before the Lambda timeout a route still running is answered
   * 504. Default: the `timeoutMarginMs` of the router the app is mounted on,
   * else 1,000 ms.
   */
  readonly timeoutMarginMs?: number;
  /** The largest request body taken, in bytes; a larger one is a 413. Default 6 MiB, Lambda's own request cap. */
  readonly maxBodyBytes?: number;
}

export function httpApp(options: HttpAppOptions = {}): HttpApp {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new DefinitionError(`maxBodyBytes must be a whole number of bytes, got ${String(options.maxBodyBytes)}`);
  }
  const state: AppState = {
    table: new RouteTable<Route>(),
    routes: [],
    cors: options.cors,
    timeoutMarginMs: options.timeoutMarginMs,
    logger: toLogger(options),
    ownLogger: options.log !== undefined,
    maxBodyBytes,
    measureBodiesFrom: measureBodiesFrom(maxBodyBytes),
    reportAsync: (error) => reportProblem(state.logger, error, {}),
  };
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
      const validate = compileValidator(options);
      const reportRejection = (error: unknown) => reportProblem(state.logger, error, { method, route: pattern });
      const route: Route = { method, pattern, options, handler, validate, reportRejection };
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
    serve: (dialect, event, context) => serveRequest(state, dialect, event, context, ownMargin(state)),
    respond: async (dialect, event, context) => respondInTime(state, dialect, event, context, ownMargin(state)),
    mount(router, dialects) {
      const marginMs = state.timeoutMarginMs ?? router.timeoutMarginMs;
      if (!state.ownLogger) state.logger = router.logger;
      for (const dialect of dialects) {
        const serve = (event: unknown, context: Context) => serveRequest(state, dialect, event, context, marginMs);
        // Answers are measured against the dialect's own limit (a 500 when too large), not again by the router.
        router.on(dialect.source, Object.assign(serve, { [answersForItself]: true as const }));
      }
      return router;
    },
  };
  return app;
}

const ownMargin = (state: AppState) => state.timeoutMarginMs ?? defaultTimeoutMarginMs;

/**
 * `path` under `prefix`, joined by one slash, with no trailing slash (but
 * `/`). A prefix is itself a joined path (or `''`). Read without a regex:
 * routes are defined at start-up, where each regex costs its compilation.
 */
function joinPath(prefix: string, path: string): string {
  let start = 0;
  let end = path.length;
  while (path.charCodeAt(start) === slash) start++;
  while (end > start && path.charCodeAt(end - 1) === slash) end--;
  const head = prefix === '/' ? '' : prefix;
  return start === end ? head || '/' : `${head}/${path.slice(start, end)}`;
}

const slash = 47;
