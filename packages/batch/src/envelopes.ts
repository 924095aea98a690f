/**
 * Body parsers for SQS messages that carry another service's message: pass
 * one as `sqsBatch`'s `parse` option. Each checks the envelope against that
 * source's schema and hands the handler the inner message; a body that is
 * not such an envelope fails its record alone.
 */
import { type EventbridgeEvent, eventbridgeEventSchema } from '@switchboard/sources/eventbridge';
import { type S3Event, s3EventSchema } from '@switchboard/sources/s3';
import { snsMessageSchema } from '@switchboard/sources/sns';
import * as z from 'zod/mini';

/**
 * Keeps the body as text (instead of parsing it as JSON).
 *
 * @example
 * sqsBatch(async (line) => append(line), { parse: asText })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export const asText = (body: string): string => body;

/**
 * SNS-to-SQS (without raw message delivery): the body is the SNS
 * notification; the payload is its `Message`, parsed as JSON.
 *
 * @example
 * sqsBatch(async (order) => save(order), { parse: fromSns, schema: orderSchema })
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html
 */
export function fromSns(body: string): unknown {
  return JSON.parse(z.parse(snsMessageSchema, JSON.parse(body)).Message);
}

/**
 * EventBridge-to-SQS: the body is the EventBridge event; the payload is its `detail`.
 *
 * @example
 * sqsBatch(async (detail) => react(detail), { parse: fromEventbridge })
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html
 */
export function fromEventbridge(body: string): EventbridgeEvent['detail'] {
  return z.parse(eventbridgeEventSchema, JSON.parse(body)).detail;
}

/**
 * S3-to-SQS: the body is an S3 event notification; the payload is that S3
 * event. The `s3:TestEvent` S3 sends when notifications are configured
 * becomes an event with no records, so it is acknowledged, not retried forever.
 *
 * @example
 * sqsBatch(async (s3Event) => { for (const r of s3Event.Records) await index(r.s3.object.key) }, { parse: fromS3 })
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export function fromS3(body: string): S3Event {
  return toS3Event(JSON.parse(body));
}

/**
 * S3-to-SNS-to-SQS: the body is an SNS notification whose `Message` is an S3 event notification.
 *
 * @example
 * sqsBatch(async (s3Event) => archive(s3Event.Records), { parse: fromSnsS3 })
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ways-to-add-notification-config-to-bucket.html
 */
export function fromSnsS3(body: string): S3Event {
  return toS3Event(fromSns(body));
}

function toS3Event(value: unknown): S3Event {
  if (typeof value === 'object' && value !== null && (value as { Event?: unknown }).Event === 's3:TestEvent') {
    return { Records: [] };
  }
  return z.parse(s3EventSchema, value);
}
