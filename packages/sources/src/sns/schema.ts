import * as z from 'zod/mini';

/** A message attribute: `Type` is `String`, `String.Array`, `Number` or `Binary` (then `Value` is base64). */
const snsMessageAttributeSchema = z.object({ Type: z.string(), Value: z.string() });

/**
 * The notification itself. Lambda deliveries spell `SigningCertUrl` and
 * `UnsubscribeUrl`; the HTTP/S and raw SQS deliveries spell them `...URL`,
 * and events replayed or built from those carry that spelling, so both are
 * accepted. Messages of unsigned topics carry no signature fields at all.
 */
export const snsMessageSchema = z.object({
  Type: z.literal('Notification'),
  MessageId: z.string(),
  TopicArn: z.string(),
  Subject: z.exactOptional(z.nullable(z.string())),
  Message: z.string(),
  Timestamp: z.string(),
  SignatureVersion: z.exactOptional(z.string()),
  Signature: z.exactOptional(z.string()),
  SigningCertUrl: z.exactOptional(z.string()),
  SigningCertURL: z.exactOptional(z.string()),
  UnsubscribeUrl: z.exactOptional(z.string()),
  UnsubscribeURL: z.exactOptional(z.string()),
  MessageAttributes: z.exactOptional(z.record(z.string(), snsMessageAttributeSchema)),
  // FIFO topics only.
  SequenceNumber: z.exactOptional(z.string()),
});

/** One delivery of an SNS notification to the subscribed function. */
export const snsRecordSchema = z.object({
  EventSource: z.literal('aws:sns'),
  EventVersion: z.string(),
  EventSubscriptionArn: z.string(),
  Sns: snsMessageSchema,
});

/** The event SNS sends: in practice one record per invocation. */
export const snsEventSchema = z.object({ Records: z.array(snsRecordSchema) });

export type SnsEvent = z.output<typeof snsEventSchema>;
export type SnsRecord = z.output<typeof snsRecordSchema>;
export type SnsMessage = z.output<typeof snsMessageSchema>;
