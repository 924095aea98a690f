import * as z from 'zod/mini';
import { batchItemFailuresSchema } from '../internal/batch-item-failures-schema.js';

/**
 * One attribute in DynamoDB's typed JSON: exactly one key names the type
 * (`{"S": "text"}`, `{"N": "42"}`, `{"M": {...}}`). Numbers arrive as strings,
 * binary values as base64.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html
 */
export const dynamodbAttributeValueSchema = z.union([
  z.object({ S: z.string() }),
  z.object({ N: z.string() }),
  z.object({ B: z.string() }),
  z.object({ BOOL: z.boolean() }),
  z.object({ NULL: z.boolean() }),
  z.object({ SS: z.array(z.string()) }),
  z.object({ NS: z.array(z.string()) }),
  z.object({ BS: z.array(z.string()) }),
  z.object({
    get L() {
      return z.array(dynamodbAttributeValueSchema);
    },
  }),
  z.object({
    get M() {
      return z.record(z.string(), dynamodbAttributeValueSchema);
    },
  }),
]);

/** An item (or its key) as attribute name → typed attribute value. */
const itemSchema = z.record(z.string(), dynamodbAttributeValueSchema);

/** One change of a DynamoDB stream. Which images are present depends on `StreamViewType` and `eventName`. */
export const dynamodbRecordSchema = z.object({
  eventID: z.string(),
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  eventVersion: z.string(),
  eventSource: z.literal('aws:dynamodb'),
  awsRegion: z.string(),
  dynamodb: z.object({
    ApproximateCreationDateTime: z.exactOptional(z.number()),
    Keys: itemSchema,
    NewImage: z.exactOptional(itemSchema),
    OldImage: z.exactOptional(itemSchema),
    SequenceNumber: z.string(),
    SizeBytes: z.number(),
    StreamViewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']),
  }),
  eventSourceARN: z.string(),
  // Present on deletions made by Time to Live: `{type: "Service", principalId: "dynamodb.amazonaws.com"}`.
  userIdentity: z.exactOptional(z.object({ type: z.string(), principalId: z.string() })),
});

/** The event a DynamoDB Streams event source mapping sends: a batch of changes from one shard. */
export const dynamodbEventSchema = z.object({ Records: z.array(dynamodbRecordSchema) });

/**
 * The partial batch response: each `itemIdentifier` is a failed record's
 * `dynamodb.SequenceNumber`; Lambda checkpoints before the lowest one and
 * retries from there. Needs `ReportBatchItemFailures` on the mapping.
 */
export const dynamodbResponseSchema = batchItemFailuresSchema;

export type DynamodbEvent = z.output<typeof dynamodbEventSchema>;
export type DynamodbRecord = z.output<typeof dynamodbRecordSchema>;
export type DynamodbAttributeValue = z.output<typeof dynamodbAttributeValueSchema>;
export type DynamodbResult = z.output<typeof dynamodbResponseSchema>;
