import type { HttpResponse } from '@switchboard/core';

/** An answer whose body is produced piece by piece (function URL response streaming). */
export interface StreamingResponse extends HttpResponse {
  readonly stream?: AsyncIterable<string | Uint8Array>;
}

/**
 * Reads a whole stream into bytes, for callers that take the answer at once;
 * `undefined` as soon as it passes `limitBytes` (the rest is never read, and
 * the stream is told to stop).
 */
export async function collectStream(
  stream: AsyncIterable<string | Uint8Array>,
  limitBytes = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.byteLength;
    if (total > limitBytes) return undefined;
    chunks.push(bytes);
  }
  const whole = Buffer.concat(chunks);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}
