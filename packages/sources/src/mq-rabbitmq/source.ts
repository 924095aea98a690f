import { runtimeSource } from '@switchboard/core';
import { bytesToText, decodeBase64Payload } from '../internal/base64-payload.js';
import { isObject } from '../internal/guards.js';
import type { MqRabbitmqEvent, MqRabbitmqResult } from './schema.js';

/**
 * Decodes a message's base64 `data` to `'bytes'`, UTF-8 `'text'` or parsed `'json'`.
 *
 * @example
 * const order = decodeMqRabbitmqData(message.data, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const decodeMqRabbitmqData = decodeBase64Payload;

/**
 * A message's headers with every byte-string value (`{ bytes: [...] }`) read
 * as UTF-8 text; other values (numbers, booleans, tables) are kept as sent.
 *
 * @example
 * const tenant = decodeMqRabbitmqHeaders(message.basicProperties.headers).tenant
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export function decodeMqRabbitmqHeaders(headers: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers ?? {})) decoded[name] = decodeHeaderValue(value);
  return decoded;
}

function decodeHeaderValue(value: unknown): unknown {
  if (!isObject(value) || !Array.isArray(value.bytes)) return value;
  return bytesToText(value.bytes as number[]);
}

/**
 * Amazon MQ for RabbitMQ, through an event source mapping.
 *
 * @example
 * router().on(mqRabbitmq, async (event) => { for (const list of Object.values(event.rmqMessagesByQueue)) await ship(list) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const mqRabbitmq = runtimeSource<MqRabbitmqEvent, MqRabbitmqResult>()({
  id: 'mq-rabbitmq',
  invocation: 'poll',
  // RabbitMQ batches say `eventSource: "aws:rmq"` at the top level (ActiveMQ's say "aws:mq").
  // Corpus: example-rabbitmq-event.json; AWS's example on with-mq.html.
  detect: (event) => isObject(event) && event.eventSource === 'aws:rmq',
});
