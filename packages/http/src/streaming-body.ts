import type { HttpResponse } from '@switchboard/core';

/** An answer whose body is produced piece by piece (function URL response streaming). */
export interface StreamingResponse extends HttpResponse {
  readonly stream?: AsyncIterable<string | Uint8Array>;
}

/** Reads a whole stream into bytes, for callers that take the answer at once. */
export async function collectStream(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  const whole = Buffer.concat(chunks);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}
