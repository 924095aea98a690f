import { createHash, randomUUID } from 'node:crypto';
import { type SqsEvent, type SqsRecord, sqsReference } from '@switchboard/sources';

export interface SqsBatchOptions {
  /** Messages from a FIFO queue: `.fifo` ARN, one message group, sequence numbers. Default false. */
  readonly fifo?: boolean;
  /** The FIFO message group (default `default`). */
  readonly messageGroupId?: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * An SQS batch with one message per body, as an event source mapping sends
 * it: objects are sent as JSON text, each message has its own id and receipt
 * handle and the MD5 digest of its body that SQS computes.
 *
 * @example
 * const event = sqsBatch([{ orderId: 'o-1' }, 'plain text'], { fifo: true })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#example-standard-queue-message-event
 */
export function sqsBatch(bodies: readonly (string | object)[], options: SqsBatchOptions = {}): SqsEvent {
  const [template] = sqsReference.sample().Records;
  if (template === undefined) throw new Error('The sqs sample has no record');
  const queueArn = options.fifo ? `${template.eventSourceARN}.fifo` : template.eventSourceARN;
  const sentAt = Date.now();
  return { Records: bodies.map((body, index) => toRecord(template, queueArn, body, index, sentAt, options)) };
}

function toRecord(
  template: SqsRecord,
  eventSourceARN: string,
  body: string | object,
  index: number,
  sentAt: number,
  options: SqsBatchOptions,
): SqsRecord {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const messageId = randomUUID();
  const fifo = options.fifo
    ? {
        MessageGroupId: options.messageGroupId ?? 'default',
        MessageDeduplicationId: md5(text),
        SequenceNumber: String(18_849_496_460_467_696_128n + BigInt(index)),
      }
    : {};
  return {
    ...template,
    messageId,
    receiptHandle: Buffer.from(`${messageId}#${sentAt}`).toString('base64'),
    body: text,
    attributes: {
      ...template.attributes,
      SentTimestamp: String(sentAt + index),
      ApproximateFirstReceiveTimestamp: String(sentAt + index + 2),
      ...fifo,
    },
    md5OfBody: md5(text),
    eventSourceARN,
  };
}
