import type { HttpResponse, Source } from '@switchboard/core';
import type { DialectId } from '../request.js';

/**
 * One HTTP caller, as the app sees it: how to read its event and how to
 * write the answer it expects. Each dialect is a plain object; the source
 * that claimed the event fixes the dialect, nothing detects twice. Readers
 * are separate so a request reads only what it uses: the request line and
 * body always, one header or all of them only when asked.
 */
export interface Dialect<Event = any> {
  readonly id: DialectId;
  readonly source: Source<string, Event, any, any, any>;
  /** The method, upper-cased. */
  method(event: Event): string;
  /** The path as the client sent it (still percent-encoded). */
  path(event: Event): string;
  /** Text as sent, or bytes when the caller base64-encoded it; a 400 when that base64 is malformed. */
  rawBody(event: Event): string | Uint8Array | undefined;
  /** Lower-cased names, repeated values joined with `, `. */
  headers(event: Event): Record<string, string>;
  /** `headers(event)[name]` for a lower-cased `name`, without building every header. */
  header(event: Event, name: string): string | undefined;
  /** Query values by key, every value kept. */
  queryAll(event: Event): Record<string, string[]>;
  /** Header values by lower-cased name, every value kept. */
  headersAll(event: Event): Record<string, string[]>;
  cookies(event: Event): Record<string, string>;
  /** The caller's answer for `response`, any response (headers checked, bytes base64). */
  toResult(response: HttpResponse, event: Event): unknown;
  /**
   * The same answer for a plain response far below the caller's size limit,
   * written in one pass (see `plainHeadersWithin`); `undefined` for any
   * other response, which `toResult` writes and the app measures.
   */
  toPlainResult(response: HttpResponse, event: Event): unknown;
}
