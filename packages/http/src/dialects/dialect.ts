import type { HttpResponse, Source } from '@switchboard/core';
import type { DialectId, IncomingRequest } from '../request.js';

/**
 * One HTTP caller, as the app sees it: how to read its event and how to
 * write the answer it expects. Each dialect is a plain object; the source
 * that claimed the event fixes the dialect, nothing detects twice.
 */
export interface Dialect<Event = any> {
  readonly id: DialectId;
  readonly source: Source<string, Event, any, any, any>;
  toRequest(event: Event): IncomingRequest;
  /** Query values by key, every value kept. */
  queryAll(event: Event): Record<string, string[]>;
  /** Header values by lower-cased name, every value kept. */
  headersAll(event: Event): Record<string, string[]>;
  cookies(event: Event): Record<string, string>;
  toResult(response: HttpResponse, event: Event): unknown;
}
