import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { decodeBase64Payload } from './internal/base64-payload.js';
import { isObject } from './internal/guards.js';
import {
  decodeKafkaRecordHeaders,
  type KafkaRecordCoordinates,
  kafkaBatchResponseSchema,
  kafkaRecordMapSchema,
  kafkaRecordSchema,
  listKafkaRecords,
  toKafkaBatchItemFailures,
} from './internal/kafka-records.js';

/** One record of an Amazon MSK batch; `key` and `value` are base64 (decode with `decodeMskPayload`). */
export const mskRecordSchema = kafkaRecordSchema;

/**
 * The event an Amazon MSK event source mapping sends: the batch's records,
 * grouped by `<topic>-<partition>`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const mskEventSchema = z.object({
  eventSource: z.literal('aws:kafka'),
  eventSourceArn: z.string(),
  bootstrapServers: z.string(),
  records: kafkaRecordMapSchema,
});

/** Nothing (the whole batch succeeded) or the partial batch response naming failed records. */
export const mskResponseSchema = kafkaBatchResponseSchema;

export type MskEvent = z.output<typeof mskEventSchema>;
export type MskRecord = z.output<typeof mskRecordSchema>;
export type MskResult = z.output<typeof mskResponseSchema>;

/**
 * Builds the partial batch response that retries `failedRecords` (with
 * `ReportBatchItemFailures` on a provisioned-mode mapping): each names its
 * `<topic>-<partition>` and offset, and Lambda resumes that partition there.
 *
 * @example
 * return toMskBatchResponse(listMskRecords(event).filter((record) => !saved.has(record.offset)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html
 */
export function toMskBatchResponse(failedRecords: Iterable<KafkaRecordCoordinates>): NonNullable<MskResult> {
  return toKafkaBatchItemFailures(failedRecords);
}

/**
 * Every record of the batch in one list, partition after partition.
 *
 * @example
 * for (const record of listMskRecords(event)) await save(decodeMskPayload(record.value, 'json'))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export function listMskRecords(event: Pick<MskEvent, 'records'>): MskRecord[] {
  return listKafkaRecords(event.records);
}

/**
 * Decodes a record's base64 `key` or `value` to `'bytes'`, UTF-8 `'text'` or
 * parsed `'json'`; an absent key or value stays `undefined`.
 *
 * @example
 * const order = decodeMskPayload(record.value, 'json')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const decodeMskPayload = decodeBase64Payload;

/**
 * A record's headers as `[name, value]` pairs, values read as UTF-8 from the byte arrays Lambda sends.
 *
 * @example
 * const traceparent = new Map(decodeMskHeaders(record.headers)).get('traceparent')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const decodeMskHeaders = decodeKafkaRecordHeaders;

/**
 * Amazon MSK, through an event source mapping.
 *
 * @example
 * router().on(msk, async (event) => { for (const record of listMskRecords(event)) await save(record) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export const msk = defineSource({
  id: 'msk',
  invocation: 'poll',
  // MSK events say `eventSource: "aws:kafka"` at the top level (no `Records` array);
  // self-managed Kafka says "SelfManagedKafka", Amazon MQ "aws:mq"/"aws:rmq", DocumentDB "aws:docdb".
  // Corpus: example-kafka-event.json (an MSK event despite its name).
  detect: (event) => isObject(event) && event.eventSource === 'aws:kafka',
  schema: mskEventSchema,
  response: mskResponseSchema,
  sample: sampleMskEvent,
  docs: {
    service: 'Amazon MSK',
    summary:
      'An event source mapping polls the cluster and invokes the function with a batch of records grouped by topic-partition; keys and values arrive base64-encoded and headers as byte arrays. The function may answer which records failed.',
    detection: 'The event has a top-level `eventSource` equal to `aws:kafka`.',
    retries:
      'A thrown error retries the whole batch, in order, until it succeeds or the records expire; with `MaximumRetryAttempts`, `MaximumRecordAgeInSeconds` or split-batch-on-error (provisioned mode) Lambda gives up sooner and sends what it discards to the on-failure destination. With `ReportBatchItemFailures`, only the partitions named in `batchItemFailures` are retried, from the offsets given.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 records (default 100), within a batching window of up to 300 seconds',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/msk-esm-parameters.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
      {
        name: 'Function timeout',
        value: 'at most 14 minutes for Kafka event source mappings',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html',
      },
    ],
    links: [
      { title: 'Using Lambda with Amazon MSK', url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html' },
      {
        title: 'Error handling for Kafka event sources',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/kafka-retry-configurations.html',
      },
    ],
  },
});

function sampleMskEvent(): MskEvent {
  return {
    eventSource: 'aws:kafka',
    eventSourceArn:
      'arn:aws:kafka:eu-west-1:123456789012:cluster/orders-cluster/a1b2c3d4-5678-90ab-cdef-11111EXAMPLE-2',
    bootstrapServers:
      'b-1.orders-cluster.x7k2qp.c2.kafka.eu-west-1.amazonaws.com:9098,b-2.orders-cluster.x7k2qp.c2.kafka.eu-west-1.amazonaws.com:9098',
    records: {
      'orders-0': [
        {
          topic: 'orders',
          partition: 0,
          offset: 18342,
          timestamp: 1715679012428,
          timestampType: 'CREATE_TIME',
          // base64 of "order-1001"
          key: 'b3JkZXItMTAwMQ==',
          // base64 of {"orderId":"order-1001","total":42.5}
          value: 'eyJvcmRlcklkIjoib3JkZXItMTAwMSIsInRvdGFsIjo0Mi41fQ==',
          // "content-type": "application/json"
          headers: [{ 'content-type': [97, 112, 112, 108, 105, 99, 97, 116, 105, 111, 110, 47, 106, 115, 111, 110] }],
        },
      ],
    },
  };
}
