/**
 * Error-path logging. Switchboard writes one line when it refuses or fails an
 * invocation, never on success. A default line holds fixed text, codes, key
 * names and paths: no payload value, error message or stack (Lambda's runtime
 * already reports a rethrown error in full). `logDetails` adds the error
 * message and, for HTTP, the request headers with secrets redacted.
 */

/** One failed check in a log line: where, and zod's issue code, never the value or its message. */
export interface LoggedIssue {
  readonly path: string;
  readonly code: string;
}

/** One error-path log line. Every field but `detail` and `headers` is free of payload values. */
export interface LogEntry {
  readonly level: 'warn' | 'error';
  /** Fixed text naming what happened (`unknown event`, `handler threw`). */
  readonly message: string;
  /** The SwitchboardError `code`, when the error has one. */
  readonly code?: string;
  readonly source?: string;
  readonly variant?: string;
  /** `context.awsRequestId` (absent from an HTTP route's rejection, reported by a handler made per route). */
  readonly requestId?: string;
  /** The class name of an unexpected error (never its message). */
  readonly error?: string;
  /** Top-level key names of an event no source claims. */
  readonly seen?: readonly string[];
  readonly issues?: readonly LoggedIssue[];
  readonly status?: number;
  /** The HTTP method when it is one an app can route, else `(other)`. */
  readonly method?: string;
  /** The matched route pattern (`/users/{id}`), never the request path. */
  readonly route?: string;
  /** With `logDetails` only: the error's message. */
  readonly detail?: string;
  /** With `logDetails` only: the request headers, secrets redacted (see `redactHeaders`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A log sink: receives each entry. */
export type Log = (entry: LogEntry) => void;

export interface LogOptions {
  /** Where error-path lines go. Default: one JSON line on `console.warn`/`console.error`; `false` silences. */
  readonly log?: Log | false;
  /** Add the error message (and redacted HTTP headers) to each line. Default `false`: values stay out of logs. */
  readonly logDetails?: boolean;
}

/** A resolved sink and whether lines carry details; `undefined` when logging is off. */
export interface Logger {
  readonly write: Log;
  readonly details: boolean;
}

/**
 * The default sink: one JSON line per entry. Lambda's runtime adds the
 * timestamp and request id to each console line.
 *
 * @example
 * router({ log: consoleLog }) // the same as router()
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
export const consoleLog: Log = (entry) => {
  const line = JSON.stringify(entry);
  if (entry.level === 'error') console.error(line);
  else console.warn(line);
};

/**
 * Resolves `log`/`logDetails` options into a Logger (`undefined` when `log: false`).
 *
 * @example
 * const logger = toLogger({ log: (entry) => lines.push(entry), logDetails: true })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
export function toLogger(options: LogOptions): Logger | undefined {
  if (options.log === false) return undefined;
  return { write: options.log ?? consoleLog, details: options.logDetails ?? false };
}

/**
 * Writes one entry. A sink that throws is ignored: logging must never
 * replace the error being reported, nor turn into an unhandled rejection.
 */
export function writeLog(logger: Logger, entry: LogEntry): void {
  try {
    logger.write(entry);
  } catch {
    // Deliberately dropped: see above.
  }
}

/**
 * The class name of whatever was thrown, for `LogEntry.error`: never the
 * message, which may quote input. A non-Error value is named by its type.
 *
 * @example
 * errorClassName(new TypeError('secret')) // 'TypeError'
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html
 */
export function errorClassName(thrown: unknown): string {
  if (thrown === null) return '(null)';
  if (typeof thrown !== 'object') return `(${typeof thrown})`;
  const name = (Object.getPrototypeOf(thrown) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Object';
}

/** The message of an Error, for `logDetails` lines only. */
export function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : `A non-Error value was thrown (${typeof thrown})`;
}

// Credentials and session material, by lower-cased name.
const secretHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-amz-security-token',
]);

/**
 * A copy of `headers` with credentials (`authorization`, `proxy-authorization`,
 * `cookie`, `set-cookie`, `x-api-key`, `x-amz-security-token`, any case)
 * replaced by `'[redacted]'`. Other values are kept, so use it only where
 * values may be logged (`logDetails`).
 *
 * @example
 * redactHeaders({ Authorization: 'Bearer t', accept: 'text/html' })
 * // { Authorization: '[redacted]', accept: 'text/html' }
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html
 */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = secretHeaders.has(name.toLowerCase())
      ? '[redacted]'
      : typeof value === 'string'
        ? value
        : value.join(', ');
  }
  return out;
}
