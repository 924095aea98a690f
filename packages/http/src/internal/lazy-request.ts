import type { Context } from 'aws-lambda';
import type { Dialect } from '../dialects/dialect.js';
import type { DialectId, HttpRequest, IncomingRequest } from '../request.js';

/**
 * The request a route handler gets. Maps a handler may never read (every
 * header value, repeated query keys, cookies) are built on first access and
 * kept; validated parts are set when the route has schemas. `body` and
 * `headers` are plain fields, so middy middlewares can replace them.
 */
export class LazyRequest implements HttpRequest<unknown, unknown, unknown> {
  readonly method: string;
  readonly path: string;
  params: unknown;
  headers: Readonly<Record<string, string>>;
  body: unknown;
  readonly rawBody: string | Uint8Array | undefined;
  readonly dialect: DialectId;
  readonly event: unknown;
  readonly context: Context;
  readonly #dialect: Dialect;
  #query: unknown;
  #queryAll: Record<string, string[]> | undefined;
  #headersAll: Record<string, string[]> | undefined;
  #cookies: Record<string, string> | undefined;

  constructor(
    incoming: IncomingRequest,
    params: Record<string, string>,
    dialect: Dialect,
    event: unknown,
    context: Context,
  ) {
    this.#dialect = dialect;
    this.method = incoming.method;
    this.path = incoming.path;
    this.params = params;
    this.headers = incoming.headers;
    this.body = incoming.rawBody;
    this.rawBody = incoming.rawBody;
    this.dialect = dialect.id;
    this.event = event;
    this.context = context;
  }

  get queryAll(): Record<string, string[]> {
    this.#queryAll ??= this.#dialect.queryAll(this.event);
    return this.#queryAll;
  }

  /** The first value of each query key, unless a query schema replaced it with its output. */
  get query(): unknown {
    this.#query ??= Object.fromEntries(Object.entries(this.queryAll).map(([key, values]) => [key, values[0] ?? '']));
    return this.#query;
  }

  set query(value: unknown) {
    this.#query = value;
  }

  get headersAll(): Record<string, string[]> {
    this.#headersAll ??= this.#dialect.headersAll(this.event);
    return this.#headersAll;
  }

  get cookies(): Record<string, string> {
    this.#cookies ??= this.#dialect.cookies(this.event);
    return this.#cookies;
  }
}
