import { SwitchboardError } from '@switchboard/core';

/** One failing field of a request, as a problem+json `errors` entry. */
export interface FieldProblem {
  readonly in: 'params' | 'query' | 'headers' | 'body';
  readonly path: string;
  readonly message: string;
}

export interface HttpErrorOptions {
  readonly detail?: string;
  /** A stable code for logs and callers (`MALFORMED_JSON`...). Default `HTTP_ERROR`. */
  readonly code?: string;
  /** Show `title`/`detail` to the client. Default: true below 500, false from 500 on. */
  readonly expose?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly errors?: readonly FieldProblem[];
  readonly cause?: unknown;
}

/**
 * An error with an HTTP status, answered as `application/problem+json`
 * (RFC 9457). Messages of 5xx errors are never shown unless `expose` is set.
 *
 * @example
 * throw new HttpError(409, 'Order already paid', { detail: 'Order o-1 was paid at 10:02' })
 * @see https://www.rfc-editor.org/rfc/rfc9457
 */
export class HttpError extends SwitchboardError {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly expose: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly errors: readonly FieldProblem[];

  constructor(status: number, title: string, options: HttpErrorOptions = {}) {
    super(
      options.code ?? 'HTTP_ERROR',
      `${status} ${title}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.status = status;
    this.title = title;
    this.detail = options.detail;
    this.expose = options.expose ?? status < 500;
    this.headers = options.headers ?? {};
    this.errors = options.errors ?? [];
  }
}
