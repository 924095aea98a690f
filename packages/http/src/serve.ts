import type { HttpResponse } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import type { Dialect } from './dialects/dialect.js';
import { toProblemResponse } from './problem.js';
import { type AppState, respond } from './respond.js';
import { collectStream, type StreamingResponse } from './streaming-body.js';

/**
 * Answers one request in the caller's dialect, errors included. A streamed
 * body is collected first: buffered callers take the whole answer at once.
 */
export function serveRequest(app: AppState, dialect: Dialect, event: unknown, context: Context): Promise<unknown> {
  const response = respond(app, dialect, event, context);
  const write = (ready: HttpResponse) => writeAnswer(dialect, event, ready);
  return response instanceof Promise ? response.then(write) : Promise.resolve(write(response));
}

function writeAnswer(dialect: Dialect, event: unknown, response: HttpResponse): unknown {
  const { stream } = response as StreamingResponse;
  if (stream !== undefined) {
    const { stream: _collected, ...head } = response as StreamingResponse;
    return collectStream(stream).then((body) => writeAnswer(dialect, event, { ...head, body }));
  }
  try {
    return dialect.toResult(response, event);
  } catch (error) {
    // A header the route set could not be written (CR/LF...): answer a bare 500 instead.
    return dialect.toResult(toProblemResponse(error), event);
  }
}
