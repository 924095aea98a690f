import type { HttpResponse } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { respondInTime } from './deadline.js';
import type { Dialect } from './dialects/dialect.js';
import { reportProblem } from './report-problem.js';
import type { AppState } from './respond.js';
import { responseLimits, toTooLargeProblem, withinResponseLimit } from './response-limit.js';
import { collectStream, type StreamingResponse } from './streaming-body.js';

/**
 * Answers one request in the caller's dialect, errors included: 504 for a
 * route still running `marginMs` before the Lambda timeout, 500 for an answer
 * larger than the caller takes. A streamed body is collected first: buffered
 * callers take the whole answer at once.
 */
export function serveRequest(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  context: Context,
  marginMs: number,
): Promise<unknown> {
  const response = respondInTime(app, dialect, event, context, marginMs);
  if (response instanceof Promise) return response.then((ready) => writeAnswer(app, dialect, event, ready));
  return Promise.resolve(writeAnswer(app, dialect, event, response));
}

function writeAnswer(app: AppState, dialect: Dialect, event: unknown, response: HttpResponse): unknown {
  if ((response as StreamingResponse).stream !== undefined) return writeCollected(app, dialect, event, response);
  return dialect.toPlainResult(response, event) ?? writeMeasured(app, dialect, event, response);
}

/** Any answer but a plain one: the source's writer, then the caller's size limit. */
function writeMeasured(app: AppState, dialect: Dialect, event: unknown, response: HttpResponse): unknown {
  try {
    return withinResponseLimit(dialect, event, response, dialect.toResult(response, event), app.logger);
  } catch (error) {
    // A header the route set could not be written (CR/LF...): answer a bare 500 instead.
    return dialect.toResult(reportProblem(app.logger, error, {}), event);
  }
}

/** A streamed body, collected for a caller that takes the whole answer at once. Out of the common path. */
function writeCollected(
  app: AppState,
  dialect: Dialect,
  event: unknown,
  response: StreamingResponse,
): Promise<unknown> {
  const { stream, ...head } = response;
  const limit = responseLimits[dialect.id];
  return collectStream(stream as AsyncIterable<string | Uint8Array>, limit).then(
    (body) => writeAnswer(app, dialect, event, body === undefined ? toTooLargeProblem(limit, head) : { ...head, body }),
    (error: unknown) => writeAnswer(app, dialect, event, reportProblem(app.logger, error, {})),
  );
}
