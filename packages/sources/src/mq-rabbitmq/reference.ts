import { describeSource } from '@switchboard/core';
import { mqConcurrencyLimit, mqLimits, mqLinks } from '../internal/mq-docs.js';
import { type MqRabbitmqEvent, mqRabbitmqEventSchema, mqRabbitmqResponseSchema } from './schema.js';
import { mqRabbitmq } from './source.js';

/** `mqRabbitmq` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const mqRabbitmqReference = describeSource(mqRabbitmq, {
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
