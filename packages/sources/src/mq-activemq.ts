import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { decodeBase64Payload } from './internal/base64-payload.js';
import { isObject } from './internal/guards.js';
import { mqConcurrencyLimit, mqLimits, mqLinks } from './internal/mq-docs.js';

/**
 * One JMS message. `data` is its body base64-encoded (text and bytes messages
 * alike). Field spellings follow what Lambda sends (corpus
 * example-activemq-event.json, and the capture in AWS's serverless-patterns
 * `eventbridge-pipes-amazonmq-to-eventbridge`): `destination.physicalName`
 * and `correlationID`; AWS's example spells `correlationId`, so both are listed.
 */
export const mqActivemqMessageSchema = z.object({
  messageID: z.string(),
  messageType: z.string(),
  data: z.string(),
  timestamp: z.number(),
  brokerInTime: z.number(),
  brokerOutTime: z.number(),
  destination: z.object({ physicalName: z.string() }),
  deliveryMode: z.optional(z.number()),
  correlationID: z.optional(z.string()),
  correlationId: z.optional(z.string()),
  replyTo: z.optional(z.nullable(z.string())),
  type: z.optional(z.nullable(z.string())),
  // A number in captured events, a string in AWS's example.
  expiration: z.optional(z.union([z.number(), z.string()])),
  priority: z.optional(z.number()),
  redelivered: z.optional(z.boolean()),
  persistent: z.optional(z.boolean()),
  properties: z.optional(z.nullable(z.record(z.string(), z.string()))),
});

/**
 * The event an Amazon MQ for ActiveMQ event source mapping sends.
 *
 * `eventSource` is `aws:mq`, as AWS's Lambda guide documents it today and
 * as real events carry it (corpus example-activemq-event.json; the
 * serverless-patterns capture above). Rejected: `aws:amq`, which older
 * revisions of the same guide, the Amazon MQ tutorial, the EventBridge Pipes
 * page and libraries copied from them (aws-lambda-typing) show; the guide
 * replaced it with `aws:mq`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export const mqActivemqEventSchema = z.object({
  eventSource: z.literal('aws:mq'),
  eventSourceArn: z.string(),
  messages: z.array(mqActivemqMessageSchema),
});

/**
 * Amazon MQ reads no answer: any return acknowledges the whole batch and a
 * thrown error retries it (there is no partial batch response for MQ), so a
 * handler returns nothing.
 */
export const mqActivemqResponseSchema = z.optional(z.null());

export type MqActivemqEvent = z.output<typeof mqActivemqEventSchema>;
export type MqActivemqMessage = z.output<typeof mqActivemqMessageSchema>;
export type MqActivemqResult = z.output<typeof mqActivemqResponseSchema>;

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
export const mqActivemq = defineSource({
  id: 'mq-activemq',
  invocation: 'poll',
  // ActiveMQ batches say `eventSource: "aws:mq"` at the top level; RabbitMQ's say "aws:rmq",
  // MSK's "aws:kafka". Corpus: example-activemq-event.json (see the schema for `aws:amq`).
  detect: (event) => isObject(event) && event.eventSource === 'aws:mq',
  schema: mqActivemqEventSchema,
  response: mqActivemqResponseSchema,
  sample: sampleMqActivemqEvent,
  docs: {
    service: 'Amazon MQ for ActiveMQ',
    summary:
      "An event source mapping consumes a broker queue and invokes the function with a batch of JMS messages, each body base64-encoded in `data`. The function's return value is ignored.",
    detection: 'The event has a top-level `eventSource` equal to `aws:mq`.',
    retries:
      "A thrown error makes Lambda retry the whole batch until it succeeds or the messages expire; messages are redelivered under ActiveMQ's default redelivery policy with `maximumRedeliveries` 5, after which the broker moves them to its dead-letter queue. There is no partial batch response.",
    limits: [
      mqLimits.batchSize,
      mqLimits.payload,
      mqConcurrencyLimit(
        'at most 5 concurrent executions per ActiveMQ event source mapping (raise by support request)',
      ),
      mqLimits.functionTimeout,
    ],
    links: mqLinks,
  },
});

function sampleMqActivemqEvent(): MqActivemqEvent {
  return {
    eventSource: 'aws:mq',
    eventSourceArn: 'arn:aws:mq:eu-west-1:123456789012:broker:orders-broker:b-3f1c9a52-8e4d-4b7a-9c21-5d0e6f7a8b9c',
    messages: [
      {
        messageID:
          'ID:b-3f1c9a52-8e4d-4b7a-9c21-5d0e6f7a8b9c-1.mq.eu-west-1.amazonaws.com-40165-1715678012217-4:1:1:1:17',
        messageType: 'jms/text-message',
        // base64 of {"orderId":"order-1001","status":"PAID"}
        data: 'eyJvcmRlcklkIjoib3JkZXItMTAwMSIsInN0YXR1cyI6IlBBSUQifQ==',
        timestamp: 1715679012428,
        brokerInTime: 1715679012430,
        brokerOutTime: 1715679012436,
        destination: { physicalName: 'orders.paid' },
        deliveryMode: 2,
        correlationID: '',
        replyTo: null,
        type: '',
        expiration: 0,
        priority: 4,
        redelivered: false,
        properties: { tenant: 'acme' },
      },
    ],
  };
}
