import type { Context } from 'aws-lambda';
import type { Dialect } from '../dialects/dialect.js';
import type { DialectId, HttpRequest } from '../request.js';
import { withoutLineBreak, withoutLineBreaks } from './header-line-breaks.js';

/**
 * The request a route handler gets, read from the event as it is used: the
 * request line and body at once, every other part (headers, query, cookies)
 * built on first access and kept. Validated parts are set when the route has
 * schemas. `body`, `headers` and `params` can be replaced, so middy
 * middlewares can rewrite them.
 */
export class LazyRequest implements HttpRequest<unknown, unknown, unknown> {
  readonly method: string;
  readonly path: string;
  params: unknown;
  body: unknown;
  readonly rawBody: string | Uint8Array | undefined;
  readonly event: unknown;
  readonly context: Context;
  readonly #dialect: Dialect;
  #headers: Readonly<Record<string, string>> | undefined;
  #query: unknown;
  #queryAll: Record<string, string[]> | undefined;
  #headersAll: Record<string, string[]> | undefined;
  #cookies: Record<string, string> | undefined;

  constructor(dialect: Dialect, event: unknown, context: Context) {
    this.#dialect = dialect;
    this.method = dialect.method(event);
    this.path = dialect.path(event);
    this.rawBody = dialect.rawBody(event);
    this.params = undefined;
    this.body = this.rawBody;
    this.event = event;
    this.context = context;
  }

  get dialect(): DialectId {
    return this.#dialect.id;
  }

  /** Lower-cased names, repeated values joined with `, `; a value with CR or LF is a 400 problem. */
  get headers(): Readonly<Record<string, string>> {
    this.#headers ??= withoutLineBreaks(this.#dialect.headers(this.event));
    return this.#headers;
  }

  set headers(value: Readonly<Record<string, string>>) {
    this.#headers = value;
  }

  /** `headers[name]` for a lower-cased `name`, read from the event unless the headers were built (or replaced). */
  header(name: string): string | undefined {
    return this.#headers === undefined ? withoutLineBreak(this.#dialect.header(this.event, name)) : this.#headers[name];
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
    this.#headersAll ??= withoutLineBreaks(this.#dialect.headersAll(this.event));
    return this.#headersAll;
  }

  get cookies(): Record<string, string> {
    this.#cookies ??= withoutLineBreaks(this.#dialect.cookies(this.event));
    return this.#cookies;
  }
}
