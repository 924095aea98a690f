import { describeSource } from '@switchboard/core';
import { type MskEvent, mskEventSchema, mskResponseSchema } from './schema.js';
import { msk } from './source.js';

/** `msk` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const mskReference = describeSource(msk, {
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
