import { describeSource } from '@switchboard/core';
import { mqConcurrencyLimit, mqLimits, mqLinks } from '../internal/mq-docs.js';
import { type MqActivemqEvent, mqActivemqEventSchema, mqActivemqResponseSchema } from './schema.js';
import { mqActivemq } from './source.js';

/** `mqActivemq` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const mqActivemqReference = describeSource(mqActivemq, {
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
