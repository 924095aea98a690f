import * as z from 'zod/mini';
import {
  kafkaBatchResponseSchema,
  kafkaRecordMapSchema,
  kafkaRecordSchema as recordSchema,
} from '../internal/kafka-records-schema.js';

/** One record of a self-managed Kafka batch; `key` and `value` are base64 (decode with `decodeKafkaPayload`). */
export const kafkaRecordSchema = recordSchema;

/**
 * The event a self-managed Apache Kafka event source mapping sends. Unlike
 * Amazon MSK's there is no `eventSourceArn` (the cluster is not an AWS
 * resource). `bootstrapServers` is in AWS's example, but Powertools' schema
 * treats it as optional, so it is not required here.
 * Accepted samples: AWS's example on with-kafka.html, which @types/aws-lambda
 * (`SelfManagedKafkaEvent`) and Powertools (`KafkaSelfManagedEventSchema`)
 * follow. The corpus file example-kafka-event.json is an MSK event
 * (`aws:kafka`) despite its name, and is labelled `msk`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const kafkaEventSchema = z.object({
  eventSource: z.literal('SelfManagedKafka'),
  bootstrapServers: z.optional(z.string()),
  records: kafkaRecordMapSchema,
});

/** Nothing (the whole batch succeeded) or the partial batch response naming failed records. */
export const kafkaResponseSchema = kafkaBatchResponseSchema;

export type KafkaEvent = z.output<typeof kafkaEventSchema>;
export type KafkaRecord = z.output<typeof kafkaRecordSchema>;
export type KafkaResult = z.output<typeof kafkaResponseSchema>;
