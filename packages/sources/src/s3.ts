import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { firstRecord } from './internal/guards.js';

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

/** The object a record is about. `key` is URL-encoded: read it through {@link decodeS3Key}. */
const s3ObjectSchema = z.object({
  key: z.string(),
  // Absent on removals and some other families.
  size: z.exactOptional(z.number()),
  eTag: z.exactOptional(z.string()),
  // Versioned buckets only; AWS documents `null` otherwise.
  versionId: z.exactOptional(z.nullable(z.string())),
  // Orders events for one key; AWS sends it on PUTs and DELETEs.
  sequencer: z.exactOptional(z.string()),
});

/** One notification. Restore, lifecycle, tiering and replication events add their own `...EventData` object. */
export const s3RecordSchema = z.object({
  eventVersion: z.string(),
  eventSource: z.literal('aws:s3'),
  awsRegion: z.string(),
  eventTime: z.string(),
  eventName: z.string(),
  userIdentity: z.object({ principalId: z.string() }),
  requestParameters: z.object({ sourceIPAddress: z.string() }),
  responseElements: z.object({ 'x-amz-request-id': z.string(), 'x-amz-id-2': z.string() }),
  s3: z.object({
    s3SchemaVersion: z.string(),
    configurationId: z.string(),
    bucket: z.object({
      name: z.string(),
      ownerIdentity: z.object({ principalId: z.string() }),
      arn: z.string(),
    }),
    object: s3ObjectSchema,
  }),
  glacierEventData: z.exactOptional(
    z.object({
      restoreEventData: z.object({
        lifecycleRestorationExpiryTime: z.string(),
        lifecycleRestoreStorageClass: z.string(),
      }),
    }),
  ),
});

/** The event S3 sends a function: one record per notification. */
export const s3EventSchema = z.object({ Records: z.array(s3RecordSchema) });

export type S3Event = z.output<typeof s3EventSchema>;
export type S3Record = z.output<typeof s3RecordSchema>;

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
export const s3 = defineSource({
  id: 's3',
  invocation: 'async',
  // Every S3 notification record says `eventSource: "aws:s3"`. S3 Batch Operations
  // (`tasks`), S3 Object Lambda (`getObjectContext`) and S3 events through EventBridge
  // (`source: "aws.s3"`) have no such record, so none of them is claimed here.
  detect: (event) => firstRecord(event)?.eventSource === 'aws:s3',
  schema: s3EventSchema,
  variants: s3EventFamilies,
  variantOf: (event) => {
    // Runs before validation (routing, `detectSource`): an eventName that is not a string names no variant.
    const eventName: unknown = event.Records[0]?.eventName;
    return typeof eventName === 'string' ? familyOf(eventName) : undefined;
  },
  sample: sampleS3Event,
  docs: {
    service: 'Amazon S3',
    summary:
      'A bucket notification invokes the function asynchronously when objects are created, removed, restored, replicated, transitioned, tagged or have their ACL changed. Object keys arrive URL-encoded.',
    detection:
      'The first record has `eventSource` equal to `aws:s3`; the variant is the `eventName` family, the part before the first `:` (`ObjectCreated`, `ObjectRemoved`, ...).',
    retries:
      'Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. Notifications are delivered at least once and may arrive out of order: use `sequencer` to order events for one key.',
    limits: [
      {
        name: 'Records per event',
        value: 'one notification per event',
        link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      },
      {
        name: 'Asynchronous retries',
        value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
      },
    ],
    links: [
      {
        title: 'Process Amazon S3 event notifications with Lambda',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
      },
      {
        title: 'Event message structure',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html',
      },
      {
        title: 'Event notification types and destinations',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
      },
    ],
  },
});

function sampleS3Event(): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-2',
        eventTime: '2024-05-14T09:30:12.428Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
        requestParameters: { sourceIPAddress: '203.0.113.24' },
        responseElements: {
          'x-amz-request-id': 'D82B88E5F771F645',
          'x-amz-id-2': 'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'invoice-uploaded',
          bucket: {
            name: 'acme-invoices',
            ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' },
            arn: 'arn:aws:s3:::acme-invoices',
          },
          object: {
            key: 'invoices/2024/May+invoice+%231001.pdf',
            size: 48213,
            eTag: '0123456789abcdef0123456789abcdef',
            sequencer: '00663F2E1C7A4B5D21',
          },
        },
      },
    ],
  };
}
