import {
  errorClassName,
  errorMessage,
  type HttpResponse,
  type LogEntry,
  type Logger,
  redactHeaders,
  SwitchboardError,
  writeLog,
} from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { LazyRequest } from './internal/lazy-request.js';
import { isRoutableMethod } from './internal/routable-method.js';
import { toSegments } from './internal/route-table.js';
import { toProblemResponse } from './problem.js';
import type { AppState } from './respond.js';

/** What is known about a failed request where it failed. All optional: a request may fail before it is read. */
export interface ProblemSite {
  readonly method?: string | undefined;
  readonly route?: string | undefined;
  readonly requestId?: string | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * The problem+json answer for `error`, logged when the app has a logger:
 * warn for a 4xx (and 501), error for a 5xx. The line holds the status, the error's
 * code (or, for an unexpected error, its class name), the method and the
 * matched route pattern, never the path, the body, a title or a message.
 */
export function reportProblem(logger: Logger | undefined, error: unknown, site: ProblemSite): HttpResponse {
  const response = toProblemResponse(error);
  if (logger === undefined) return response;
  try {
    writeLog(logger, toProblemEntry(error, response.status, site, logger.details));
  } catch {
    // A request malformed enough to break the log line still gets its answer.
  }
  return response;
}

/** Where a request failed, worked out on the error path only: the route is matched again to name its pattern. */
export function problemSite(app: AppState, request: LazyRequest | undefined, context: Context): ProblemSite {
  const requestId = context?.awsRequestId;
  // A dialect reads what the event holds: a tampered event can leave any field missing.
  if (request === undefined || typeof request.method !== 'string') return { requestId };
  const route = typeof request.path === 'string' ? matchedPattern(app, request.method, request.path) : undefined;
  return { method: request.method, route, requestId, headers: headersOf(request) };
}

/** The headers, built now if the request had not read them; none when the event's are too malformed to read. */
function headersOf(request: LazyRequest): Readonly<Record<string, string>> | undefined {
  try {
    return request.headers;
  } catch {
    return undefined;
  }
}

function toProblemEntry(error: unknown, status: number, site: ProblemSite, details: boolean): LogEntry {
  // A 501 answers a method the client made up (a scanner's PROPFIND): a refusal, not a server fault.
  const failed = status >= 500 && status !== 501;
  const typed = error instanceof SwitchboardError;
  return {
    level: failed ? 'error' : 'warn',
    message: failed ? 'request failed' : 'request rejected',
    ...(typed && { code: error.code }),
    status,
    // A method is client text: only the ones an app can route are written as sent.
    ...(site.method !== undefined && { method: isRoutableMethod(site.method) ? site.method : '(other)' }),
    ...(site.route !== undefined && { route: site.route }),
    ...(site.requestId !== undefined && { requestId: site.requestId }),
    ...(!typed && { error: errorClassName(error) }),
    ...(details && { detail: errorMessage(error) }),
    ...(details && site.headers !== undefined && { headers: redactHeaders(site.headers) }),
  };
}

function matchedPattern(app: AppState, method: string, path: string): string | undefined {
  try {
    const match = app.table.match(method, toSegments(path));
    return match.kind === 'found' ? match.route.pattern : undefined;
  } catch {
    // A path too malformed to match (a dot segment, a bad escape) names no route.
    return undefined;
  }
}
