import { runtimeSource } from '@switchboard/core';
import { firstRecord } from '../internal/guards.js';
import type { S3Event } from './schema.js';

/**
 * The event families S3 notifies Lambda of: the part of `eventName` before
 * the first `:` (`ObjectCreated:Put` → `ObjectCreated`), or the whole name
 * for single-event families (`LifecycleTransition`).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html
 */
export const s3EventFamilies = [
  'ObjectCreated',
  'ObjectRemoved',
  'ObjectRestore',
  'ReducedRedundancyLostObject',
  'Replication',
  'LifecycleExpiration',
  'LifecycleTransition',
  'IntelligentTiering',
  'ObjectTagging',
  'ObjectAcl',
] as const;

export type S3EventFamily = (typeof s3EventFamilies)[number];

/**
 * The object key as the user wrote it. S3 sends keys URL-encoded with spaces
 * as `+` (`red flower.jpg` arrives as `red+flower.jpg`, `é` as `%C3%A9`), so
 * a raw key does not find the object. Throws a `URIError` on malformed
 * percent-encoding, which S3 never sends.
 *
 * @example
 * decodeS3Key('photos/red+flower%281%29.jpg') // 'photos/red flower(1).jpg'
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replaceAll('+', ' '));
}

/** `ObjectCreated:Put` → `ObjectCreated`; a name without `:` is its own family. */
function familyOf(eventName: string): string {
  const colon = eventName.indexOf(':');
  return colon === -1 ? eventName : eventName.slice(0, colon);
}

/**
 * Amazon S3 event notifications, invoking the function asynchronously.
 *
 * @example
 * router().on(s3.variant('ObjectCreated'), async (event) => {
 *   for (const record of event.Records) await index(record.s3.bucket.name, decodeS3Key(record.s3.object.key))
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html
 */
export const s3 = runtimeSource<S3Event>()({
  id: 's3',
  invocation: 'async',
  // Every S3 notification record says `eventSource: "aws:s3"`. S3 Batch Operations
  // (`tasks`), S3 Object Lambda (`getObjectContext`) and S3 events through EventBridge
  // (`source: "aws.s3"`) have no such record, so none of them is claimed here.
  detect: (event) => firstRecord(event)?.eventSource === 'aws:s3',
  variants: s3EventFamilies,
  variantOf: (event) => {
    // Runs before validation (routing, `detectSource`): an eventName that is not a string names no variant.
    const eventName: unknown = event.Records[0]?.eventName;
    return typeof eventName === 'string' ? familyOf(eventName) : undefined;
  },
});
