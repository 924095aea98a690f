import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { decodeBase64Payload } from './internal/base64-payload.js';
import { isObject } from './internal/guards.js';
import {
  decodeKafkaRecordHeaders,
  type KafkaRecordCoordinates,
  kafkaBatchResponseSchema,
  kafkaRecordMapSchema,
  listKafkaRecords as listRecords,
  kafkaRecordSchema as recordSchema,
  toKafkaBatchItemFailures,
} from './internal/kafka-records.js';

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

/**
 * Builds the partial batch response that retries `failedRecords` (with
 * `ReportBatchItemFailures` on a provisioned-mode mapping): each names its
 * `<topic>-<partition>` and offset, and Lambda resumes that partition there.
 *
 * @example
 * return toKafkaBatchResponse(listKafkaRecords(event).filter((record) => !saved.has(record.offset)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function toKafkaBatchResponse(failedRecords: Iterable<KafkaRecordCoordinates>): NonNullable<KafkaResult> {
  return toKafkaBatchItemFailures(failedRecords);
}

/**
 * Every record of the batch in one list, partition after partition.
 *
 * @example
 * for (const record of listKafkaRecords(event)) await save(decodeKafkaPayload(record.value, 'json'))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export function listKafkaRecords(event: Pick<KafkaEvent, 'records'>): KafkaRecord[] {
  return listRecords(event.records);
}

/**
 * Decodes a record's base64 `key` or `value` to `'bytes'`, UTF-8 `'text'` or
 * parsed `'json'`; an absent key or value stays `undefined`.
 *
 * @example
 * const reading = decodeKafkaPayload(record.value, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const decodeKafkaPayload = decodeBase64Payload;

/**
 * A record's headers as `[name, value]` pairs, values read as UTF-8 from the byte arrays Lambda sends.
 *
 * @example
 * const source = new Map(decodeKafkaHeaders(record.headers)).get('source')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const decodeKafkaHeaders = decodeKafkaRecordHeaders;

/**
 * Self-managed Apache Kafka (any cluster Lambda reaches by its bootstrap
 * servers: your own, Confluent Cloud, Redpanda...), through an event source mapping.
 *
 * @example
 * router().on(kafka, async (event) => { for (const record of listKafkaRecords(event)) await save(record) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export const kafka = defineSource({
  id: 'kafka',
  invocation: 'poll',
  // Self-managed Kafka events say `eventSource: "SelfManagedKafka"` at the top level (AWS's
  // example on with-kafka.html, followed by @types/aws-lambda and Powertools); MSK says "aws:kafka".
  detect: (event) => isObject(event) && event.eventSource === 'SelfManagedKafka',
  schema: kafkaEventSchema,
  response: kafkaResponseSchema,
  sample: sampleKafkaEvent,
  docs: {
    service: 'AWS Lambda event source mapping for self-managed Apache Kafka',
    summary:
      'An event source mapping polls a Kafka cluster that AWS does not manage and invokes the function with a batch of records grouped by topic-partition; keys and values arrive base64-encoded and headers as byte arrays. The function may answer which records failed.',
    detection: 'The event has a top-level `eventSource` equal to `SelfManagedKafka`.',
    retries:
      'A thrown error retries the whole batch, in order, until it succeeds or the records expire; with `MaximumRetryAttempts`, `MaximumRecordAgeInSeconds` or split-batch-on-error (provisioned mode) Lambda gives up sooner and sends what it discards to the on-failure destination. With `ReportBatchItemFailures`, only the partitions named in `batchItemFailures` are retried, from the offsets given.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 records (default 100), within a batching window of up to 300 seconds',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
      {
        name: 'Function timeout',
        value: 'at most 14 minutes for Kafka event source mappings',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with self-managed Apache Kafka',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html',
      },
      {
        title: 'Error handling for Kafka event sources',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html',
      },
    ],
  },
});

function sampleKafkaEvent(): KafkaEvent {
  return {
    eventSource: 'SelfManagedKafka',
    bootstrapServers: 'kafka-1.internal.example.com:9093,kafka-2.internal.example.com:9093',
    records: {
      'sensor-readings-3': [
        {
          topic: 'sensor-readings',
          partition: 3,
          offset: 770142,
          timestamp: 1715679012428,
          timestampType: 'LOG_APPEND_TIME',
          // base64 of "sensor-17"
          key: 'c2Vuc29yLTE3',
          // base64 of {"sensorId":"sensor-17","celsius":21.4}
          value: 'eyJzZW5zb3JJZCI6InNlbnNvci0xNyIsImNlbHNpdXMiOjIxLjR9',
          // "source": "gateway-eu"
          headers: [{ source: [103, 97, 116, 101, 119, 97, 121, 45, 101, 117] }],
        },
      ],
    },
  };
}
