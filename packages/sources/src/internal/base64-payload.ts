/**
 * Decoding of the base64 payloads poll sources carry (Kafka keys and values,
 * Amazon MQ message data): Lambda reads them from the broker as bytes and
 * base64-encodes them into the JSON event, so only the handler knows what
 * they hold. Each source re-exports this under its own name.
 */
import { SwitchboardError } from '@switchboard/core';

/** What a base64 payload is decoded to: its bytes, UTF-8 text, or the JSON value that text holds. */
export type PayloadFormat = 'bytes' | 'text' | 'json';

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a base64 payload as `bytes`, UTF-8 `text`, or parsed `json`.
 * An absent payload (a Kafka record without a key, a tombstone) stays `undefined`.
 *
 * @throws SwitchboardError `INVALID_JSON_PAYLOAD` when `json` is asked of text that is not JSON
 *   (the message names no payload data; the parser's error is the `cause`).
 */
export function decodeBase64Payload(data: string, as: 'bytes'): Uint8Array;
export function decodeBase64Payload(data: string, as: 'text'): string;
export function decodeBase64Payload(data: string, as: 'json'): unknown;
export function decodeBase64Payload(data: string | null | undefined, as: 'bytes'): Uint8Array | undefined;
export function decodeBase64Payload(data: string | null | undefined, as: 'text'): string | undefined;
export function decodeBase64Payload(data: string | null | undefined, as: 'json'): unknown;
export function decodeBase64Payload(data: string | null | undefined, as: PayloadFormat): unknown {
  if (data === null || data === undefined) return undefined;
  const buffer = Buffer.from(data, 'base64');
  if (as === 'bytes') return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const text = utf8.decode(buffer);
  return as === 'text' ? text : parseJson(text);
}

/**
 * Text from a list of byte values, as Kafka record headers and RabbitMQ
 * header values arrive. Java serialises `byte` as signed (-128..127), so each
 * value is read modulo 256.
 */
export function bytesToText(values: readonly number[]): string {
  return utf8.decode(Uint8Array.from(values, (value) => value & 0xff));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SwitchboardError('INVALID_JSON_PAYLOAD', 'The decoded payload is not JSON', { cause: error });
  }
}
