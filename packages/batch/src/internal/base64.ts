import type { PayloadFormat } from '../types.js';

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes base64 `data` (Kinesis data) as parsed JSON, UTF-8 text or bytes.
 * A throw (text that is not JSON) fails the record alone.
 */
export function decodeBase64(data: string, format: PayloadFormat): unknown {
  const buffer = Buffer.from(data, 'base64');
  if (format === 'bytes') return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const text = utf8.decode(buffer);
  return format === 'text' ? text : JSON.parse(text);
}
