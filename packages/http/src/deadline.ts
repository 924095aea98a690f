import { deadlineOf, type HttpResponse, writeLog } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Dialect } from './dialects/dialect.js';
import { HttpError } from './http-error.js';
import { toProblemResponse } from './problem.js';
import { type AppState, respond } from './respond.js';

/** The margin when neither the app nor its router sets one: the router's own default. */
export const defaultTimeoutMarginMs = 1_000;

/**
 * Answers one request, dialect-neutral, in time: a route still running
 * `marginMs` before the Lambda timeout is answered 504 and its late result
 * is discarded, so the caller gets an answer instead of Lambda's timeout.
 * Nothing is watched when the answer is ready after the synchronous part,
 * or when the context cannot tell the time left (a bare test context).
 */
export function respondInTime(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  context: Context,
  marginMs: number,
): HttpResponse | Promise<HttpResponse> {
  const response = respond(app, dialect, event, context);
  return response instanceof Promise ? inTime(app, dialect, event, context, marginMs, response) : response;
}

/** A route still running after the synchronous part: watched until it answers or its deadline passes. */
function inTime(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  context: Context,
  marginMs: number,
  response: Promise<HttpResponse>,
): Promise<HttpResponse> {
  const at = deadlineOf(context, marginMs);
  if (at === Number.POSITIVE_INFINITY) return response;
  return new Promise<HttpResponse>((resolve, reject) => {
    const late = () => resolve(toTimeoutResponse(app, dialect, event));
    watched.set(late, at);
    if (at < timerAt) armFor(at);
    response.then(
      (answer) => {
        watched.delete(late);
        resolve(answer);
      },
      (error: unknown) => {
        watched.delete(late);
        reject(error);
      },
    );
  });
}

/*
 * One timer for every pending request (how to answer it late → when, epoch
 * ms), armed for the earliest deadline and left armed when requests finish:
 * a setTimeout/clearTimeout pair per request costs about 0.4 µs, a sixth of
 * a whole routed request, while Lambda's deadlines only grow from one
 * invocation to the next. `unref`: the timer alone never keeps a process alive.
 */
const watched = new Map<() => void, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Number.POSITIVE_INFINITY;

function armFor(at: number): void {
  clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(answerLate, Math.max(0, at - Date.now())).unref();
}

function answerLate(): void {
  const now = Date.now();
  let next = Number.POSITIVE_INFINITY;
  for (const [late, at] of watched) {
    if (at <= now) {
      watched.delete(late);
      late();
    } else next = Math.min(next, at);
  }
  timerAt = next;
  if (next !== Number.POSITIVE_INFINITY) armFor(next);
}

/**
 * The 504 problem+json a late route gets: no route, timing or handler
 * detail, and the CORS headers of the request's origin, so a browser can read it.
 */
function toTimeoutResponse(app: AppState, dialect: Dialect, event: unknown): HttpResponse {
  if (app.logger !== undefined) writeLog(app.logger, { level: 'error', message: 'request timed out', status: 504 });
  const problem = toProblemResponse(
    new HttpError(504, 'Gateway Timeout', { expose: true, detail: 'The request could not be answered in time' }),
  );
  return app.cors === undefined ? problem : app.cors.answer(problem, { header: (name) => dialect.header(event, name) });
}
