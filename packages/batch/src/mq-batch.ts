import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import { decodeMqActivemqData, type MqActivemqEvent, type MqActivemqMessage } from '@switchboard/sources/mq-activemq';
import type { MqRabbitmqEvent, MqRabbitmqMessage } from '@switchboard/sources/mq-rabbitmq';
import type { Context } from 'aws-lambda';
import { MalformedBatchError } from './errors.js';
import { answerWith, assertAllAcknowledged } from './internal/answer.js';
import type { Job } from './internal/job.js';
import { isObject, recordsOf } from './internal/records-of.js';
import type { BaseBatchOptions, Decoded, PayloadFormat, PayloadOf, RecordHandler } from './types.js';

export interface MqBatchOptions<Format extends PayloadFormat, Schema extends StandardSchemaV1 | undefined>
  extends BaseBatchOptions<Schema> {
  /** How `data` is decoded: `json` (default), `text` or `bytes`. */
  readonly data?: Format;
}

type MqBatchHandler<Event> = (event: Event, context: Context) => Promise<void>;

const hasData = (message: { data: unknown }) => typeof message.data === 'string';

/**
 * Runs `handler` for each message of an Amazon MQ for ActiveMQ batch, in
 * order, `data` decoded. Amazon MQ has no partial batch response: the first
 * failure stops the batch and throws, so Lambda retries every message.
 *
 * @example
 * router().on(mqActivemq, mqActivemqBatch(async (order) => ship(order)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export function mqActivemqBatch<
  Format extends PayloadFormat = 'json',
  Schema extends StandardSchemaV1 | undefined = undefined,
>(
  handler: RecordHandler<PayloadOf<Decoded<Format>, Schema>, MqActivemqMessage>,
  options: MqBatchOptions<Format, Schema> = {},
): MqBatchHandler<MqActivemqEvent> {
  return mqBatch<MqActivemqEvent, MqActivemqMessage>(
    'mq-activemq',
    (event) => recordsOf<MqActivemqMessage>('mq-activemq', event?.messages, hasData, 'messages'),
    handler,
    options,
  );
}

/**
 * Runs `handler` for each message of an Amazon MQ for RabbitMQ batch, queue
 * after queue, each in order, `data` decoded. No partial batch response: the
 * first failure stops the batch and throws, so Lambda retries every message.
 *
 * @example
 * router().on(mqRabbitmq, mqRabbitmqBatch(async (order) => ship(order)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export function mqRabbitmqBatch<
  Format extends PayloadFormat = 'json',
  Schema extends StandardSchemaV1 | undefined = undefined,
>(
  handler: RecordHandler<PayloadOf<Decoded<Format>, Schema>, MqRabbitmqMessage>,
  options: MqBatchOptions<Format, Schema> = {},
): MqBatchHandler<MqRabbitmqEvent> {
  return mqBatch<MqRabbitmqEvent, MqRabbitmqMessage>('mq-rabbitmq', rabbitMessages, handler, options);
}

function rabbitMessages(event: MqRabbitmqEvent): MqRabbitmqMessage[] {
  const byQueue: unknown = event?.rmqMessagesByQueue;
  if (!isObject(byQueue)) throw new MalformedBatchError('mq-rabbitmq', 'rmqMessagesByQueue is not an object');
  const messages: MqRabbitmqMessage[] = [];
  for (const queue in byQueue) {
    messages.push(
      ...recordsOf<MqRabbitmqMessage>('mq-rabbitmq', byQueue[queue], hasData, `rmqMessagesByQueue["${queue}"]`),
    );
  }
  return messages;
}

function mqBatch<Event, Message extends { data: string }>(
  source: string,
  messagesOf: (event: Event) => readonly Message[],
  handler: RecordHandler<any, Message>,
  options: MqBatchOptions<PayloadFormat, StandardSchemaV1 | undefined>,
): MqBatchHandler<Event> {
  const format = (options.data ?? 'json') as 'json';
  const decode = (message: Message) => decodeMqActivemqData(message.data, format);
  return function handleMqBatch(event, context) {
    try {
      const job: Job<Message> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records: messagesOf(event),
        decode,
        schema: options.schema,
        handler,
        stop: 'all',
        laneOf: undefined,
        concurrency: undefined,
      };
      return answerWith(job, (outcome) => assertAllAcknowledged(source, outcome));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
