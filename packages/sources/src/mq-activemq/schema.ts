import * as z from 'zod/mini';

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
