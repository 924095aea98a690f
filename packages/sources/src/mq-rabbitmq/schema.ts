import * as z from 'zod/mini';

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
