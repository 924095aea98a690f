import { describeSource } from '@switchboard/core';
import { type KafkaEvent, kafkaEventSchema, kafkaResponseSchema } from './schema.js';
import { kafka } from './source.js';

/** `kafka` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const kafkaReference = describeSource(kafka, {
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
