import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { bytesToText, decodeBase64Payload } from './internal/base64-payload.js';
import { isObject } from './internal/guards.js';
import { mqConcurrencyLimit, mqLimits, mqLinks } from './internal/mq-docs.js';

const optionalText = z.optional(z.nullable(z.string()));
const optionalNumber = z.optional(z.nullable(z.number()));

/**
 * The AMQP 0-9-1 properties of a message. Every property is optional in
 * AMQP, and Lambda sends an unset one as null. Header values that are byte
 * strings arrive as `{ bytes: [...] }` (decode with `decodeMqRabbitmqHeaders`).
 */
export const mqRabbitmqBasicPropertiesSchema = z.object({
  contentType: optionalText,
  contentEncoding: optionalText,
  headers: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  deliveryMode: optionalNumber,
  priority: optionalNumber,
  correlationId: optionalText,
  replyTo: optionalText,
  expiration: optionalText,
  messageId: optionalText,
  // Formatted by Lambda ("Jan 1, 1970, 12:33:41 AM"), not epoch milliseconds.
  timestamp: optionalText,
  type: optionalText,
  userId: optionalText,
  appId: optionalText,
  clusterId: optionalText,
  bodySize: z.number(),
});

/** One message; `data` is its body, base64-encoded. */
export const mqRabbitmqMessageSchema = z.object({
  basicProperties: mqRabbitmqBasicPropertiesSchema,
  redelivered: z.boolean(),
  data: z.string(),
});

/**
 * The event an Amazon MQ for RabbitMQ event source mapping sends: messages
 * keyed by `<queue>::<virtual host>` (`orders::/`).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const mqRabbitmqEventSchema = z.object({
  eventSource: z.literal('aws:rmq'),
  eventSourceArn: z.string(),
  rmqMessagesByQueue: z.record(z.string(), z.array(mqRabbitmqMessageSchema)),
});

/**
 * Amazon MQ reads no answer: any return acknowledges the whole batch and a
 * thrown error retries it (there is no partial batch response for MQ), so a
 * handler returns nothing.
 */
export const mqRabbitmqResponseSchema = z.optional(z.null());

export type MqRabbitmqEvent = z.output<typeof mqRabbitmqEventSchema>;
export type MqRabbitmqMessage = z.output<typeof mqRabbitmqMessageSchema>;
export type MqRabbitmqResult = z.output<typeof mqRabbitmqResponseSchema>;

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
export const mqRabbitmq = defineSource({
  id: 'mq-rabbitmq',
  invocation: 'poll',
  // RabbitMQ batches say `eventSource: "aws:rmq"` at the top level (ActiveMQ's say "aws:mq").
  // Corpus: example-rabbitmq-event.json; AWS's example on with-mq.html.
  detect: (event) => isObject(event) && event.eventSource === 'aws:rmq',
  schema: mqRabbitmqEventSchema,
  response: mqRabbitmqResponseSchema,
  sample: sampleMqRabbitmqEvent,
  docs: {
    service: 'Amazon MQ for RabbitMQ',
    summary:
      "An event source mapping consumes a queue of a virtual host and invokes the function with a batch of AMQP messages keyed by `<queue>::<virtual host>`, each body base64-encoded in `data`. The function's return value is ignored.",
    detection: 'The event has a top-level `eventSource` equal to `aws:rmq`.',
    retries:
      'A thrown error makes Lambda retry the whole batch until it succeeds or the messages expire (negatively acknowledged messages return to the queue; a dead-letter exchange configured on the queue receives what RabbitMQ discards). There is no partial batch response.',
    limits: [
      mqLimits.batchSize,
      mqLimits.payload,
      mqConcurrencyLimit('at most 1 concurrent execution per RabbitMQ event source mapping (raise by support request)'),
      mqLimits.functionTimeout,
    ],
    links: mqLinks,
  },
});

function sampleMqRabbitmqEvent(): MqRabbitmqEvent {
  return {
    eventSource: 'aws:rmq',
    eventSourceArn: 'arn:aws:mq:eu-west-1:123456789012:broker:billing-broker:b-7c2e4f18-0a9b-4d3c-8e5f-6a7b8c9d0e1f',
    rmqMessagesByQueue: {
      'invoices::/': [
        {
          basicProperties: {
            contentType: 'application/json',
            contentEncoding: null,
            // "tenant": "acme"
            headers: { tenant: { bytes: [97, 99, 109, 101] }, attempt: 1 },
            deliveryMode: 2,
            priority: 0,
            correlationId: 'c0a8012e-7f3b-4c1d-9e2a-5b6c7d8e9f01',
            replyTo: null,
            expiration: null,
            messageId: 'inv-2024-05-000417',
            timestamp: 'May 14, 2024, 9:30:12 AM',
            type: 'invoice.created',
            userId: 'billing-service',
            appId: 'billing',
            clusterId: null,
            bodySize: 39,
          },
          redelivered: false,
          // base64 of {"invoiceId":"inv-000417","amount":129}
          data: 'eyJpbnZvaWNlSWQiOiJpbnYtMDAwNDE3IiwiYW1vdW50IjoxMjl9',
        },
      ],
    },
  };
}
