import { HttpError } from '../http-error.js';

/**
 * Lambda's synchronous request payload cap ("6 MB each for request and
 * response"): no larger body reaches a function, so it is the default limit.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const defaultMaxBodyBytes = 6 * 1024 * 1024;

/**
 * The body length (string length or byte count) from which a body must be
 * measured against `maxBytes`. UTF-8 spends at most 3 bytes on one UTF-16
 * unit, so a shorter string cannot exceed the limit: common requests pay one
 * comparison and are never measured.
 */
export function measureBodiesFrom(maxBytes: number): number {
  return Math.floor(maxBytes / 3);
}

/** Throws a 413 when `rawBody` is larger than `maxBytes` bytes (UTF-8 for text, as sent for bytes). */
export function assertBodyWithin(rawBody: string | Uint8Array, maxBytes: number): void {
  const size = typeof rawBody === 'string' ? Buffer.byteLength(rawBody, 'utf8') : rawBody.byteLength;
  if (size > maxBytes) {
    throw new HttpError(413, 'Content Too Large', {
      code: 'BODY_TOO_LARGE',
      detail: `The request body is larger than this API accepts (${maxBytes} bytes)`,
    });
  }
}
