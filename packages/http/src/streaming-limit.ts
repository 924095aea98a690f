import { ResponseTooLargeError } from '@switchboard/core';
import { toTooLargeProblem } from './response-limit.js';
import type { StreamingResponse } from './streaming-body.js';

type Piece = string | Uint8Array;

// Between the JSON prelude (status, headers, cookies) and the body, Lambda's wire format puts 8 NUL bytes.
const PRELUDE_SEPARATOR_BYTES = 8;

/**
 * `response`, or the 500 problem when a body known in full (not a stream) is
 * already too large: refused before the status line is sent, while the
 * client can still be told so.
 */
export function fitToStream(response: StreamingResponse, limitBytes: number): StreamingResponse {
  const { body } = response;
  if (body === undefined || response.stream !== undefined) return response;
  const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  return size > limitBytes ? toTooLargeProblem(limitBytes, response) : response;
}

/**
 * The body's pieces, counted as they flow. The piece that would take the
 * response (prelude included) past `limitBytes` is not sent: the stream
 * ends there with a `ResponseTooLargeError` (the status line is gone, so the
 * client sees the body cut short and Lambda logs the error) and the route's
 * own iterator is told to stop, so its `finally` blocks run.
 */
export async function* limitPieces(
  pieces: AsyncIterable<Piece> | Iterable<Piece>,
  prelude: unknown,
  limitBytes: number,
): AsyncGenerator<Piece> {
  let total = Buffer.byteLength(JSON.stringify(prelude), 'utf8') + PRELUDE_SEPARATOR_BYTES;
  for await (const piece of pieces) {
    total += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.byteLength;
    if (total > limitBytes) throw new ResponseTooLargeError('function-url', limitBytes, total);
    yield piece;
  }
}
