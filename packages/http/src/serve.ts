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
  const write = (ready: HttpResponse) => writeAnswer(app, dialect, event, ready);
  return response instanceof Promise ? response.then(write) : Promise.resolve(write(response));
}

function writeAnswer(app: AppState, dialect: Dialect, event: unknown, response: HttpResponse): unknown {
  const { stream } = response as StreamingResponse;
  if (stream !== undefined) {
    const { stream: _collected, ...head } = response as StreamingResponse;
    const limit = responseLimits[dialect.id];
    return collectStream(stream, limit).then(
      (body) =>
        writeAnswer(app, dialect, event, body === undefined ? toTooLargeProblem(limit, head) : { ...head, body }),
      (error: unknown) => writeAnswer(app, dialect, event, reportProblem(app.logger, error, {})),
    );
  }
  try {
    return withinResponseLimit(dialect, event, response, dialect.toResult(response, event), app.logger);
  } catch (error) {
    // A header the route set could not be written (CR/LF...): answer a bare 500 instead.
    return dialect.toResult(reportProblem(app.logger, error, {}), event);
  }
}
