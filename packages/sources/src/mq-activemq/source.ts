import { runtimeSource } from '@switchboard/core';
import { decodeBase64Payload } from '../internal/base64-payload.js';
import { isObject } from '../internal/guards.js';
import type { MqActivemqEvent, MqActivemqResult } from './schema.js';

/**
 * Decodes a message's base64 `data` to `'bytes'`, UTF-8 `'text'` or parsed `'json'`.
 *
 * @example
 * const order = decodeMqActivemqData(message.data, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const decodeMqActivemqData = decodeBase64Payload;

/**
 * Amazon MQ for ActiveMQ, through an event source mapping.
 *
 * @example
 * router().on(mqActivemq, async (event) => { for (const m of event.messages) await ship(decodeMqActivemqData(m.data, 'json')) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const mqActivemq = runtimeSource<MqActivemqEvent, MqActivemqResult>()({
  id: 'mq-activemq',
  invocation: 'poll',
  // ActiveMQ batches say `eventSource: "aws:mq"` at the top level; RabbitMQ's say "aws:rmq",
  // MSK's "aws:kafka". Corpus: example-activemq-event.json (see the schema for `aws:amq`).
  detect: (event) => isObject(event) && event.eventSource === 'aws:mq',
});
