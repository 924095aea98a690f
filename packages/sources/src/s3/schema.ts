import * as z from 'zod/mini';

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
