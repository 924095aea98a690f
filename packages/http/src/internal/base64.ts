import { HttpError } from '../http-error.js';

/**
 * Whether `text` was whole base64, given how many bytes Node decoded from it.
 * `Buffer.from(text, 'base64')` skips characters outside the alphabet and
 * stops at an inner `=`, so a body that is not base64 decodes silently to
 * fewer bytes: comparing counts (no second pass over the text) catches it.
 * Padding may be absent; the URL-safe alphabet is accepted, as Node does.
 */
export function isWholeBase64(text: string, decodedBytes: number): boolean {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const data = text.length - padding;
  // One character past a full group carries only 6 bits: no byte can end there.
  if (data % 4 === 1) return false;
  if (padding > 0 && text.length % 4 !== 0) return false;
  return decodedBytes === Math.floor((data * 3) / 4);
}

/** The 400 for a body flagged `isBase64Encoded` that is not base64; the body is never quoted. */
export function invalidBase64Error(): HttpError {
  return new HttpError(400, 'Bad Request', {
    code: 'INVALID_BASE64',
    detail: 'The request body is flagged base64-encoded but is not valid base64',
  });
}
