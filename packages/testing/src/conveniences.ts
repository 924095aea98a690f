import { type EventbridgeEvent, eventbridgeReference, type S3Event, s3Reference } from '@switchboard/sources';

/**
 * The notification S3 sends when `key` is written to `bucket` (`ObjectCreated:Put`).
 * The key is URL-encoded as S3 encodes it (spaces as `+`).
 *
 * @example
 * s3Put('acme-invoices', 'invoices/May 2024.pdf', { size: 1024 })
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export function s3Put(
  bucket: string,
  key: string,
  object: { readonly size?: number; readonly eTag?: string } = {},
): S3Event {
  const encodedKey = encodeURIComponent(key).replaceAll('%2F', '/').replaceAll('%20', '+');
  return {
    Records: s3Reference.sample().Records.map((record) => ({
      ...record,
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      s3: {
        ...record.s3,
        bucket: { ...record.s3.bucket, name: bucket, arn: `arn:aws:s3:::${bucket}` },
        object: { ...record.s3.object, key: encodedKey, ...object },
      },
    })),
  };
}

/**
 * What an EventBridge schedule rule sends: `Scheduled Event` from `aws.events`, `detail` empty.
 *
 * @example
 * scheduledEvent('arn:aws:events:us-east-1:123456789012:rule/nightly')
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
 */
export function scheduledEvent(
  ruleArn = 'arn:aws:events:us-east-2:123456789012:rule/nightly-report',
): EventbridgeEvent {
  return {
    ...eventbridgeReference.sample(),
    source: 'aws.events',
    'detail-type': 'Scheduled Event',
    time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    resources: [ruleArn],
    detail: {},
  };
}
