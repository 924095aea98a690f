import * as z from 'zod/mini';

const optionalString = z.exactOptional(z.string());

/** Who called the Object Lambda access point, in CloudTrail's userIdentity shape. */
const userIdentitySchema = z.object({
  type: z.string(),
  principalId: optionalString,
  arn: optionalString,
  accountId: optionalString,
  accessKeyId: optionalString,
  userName: optionalString,
  invokedBy: optionalString,
  sessionContext: z.exactOptional(
    z.object({
      attributes: z.exactOptional(z.object({ mfaAuthenticated: optionalString, creationDate: optionalString })),
      sessionIssuer: z.exactOptional(
        z.object({
          type: optionalString,
          principalId: optionalString,
          arn: optionalString,
          accountId: optionalString,
          userName: optionalString,
        }),
      ),
    }),
  ),
});

/** The fields every S3 Object Lambda event has, whichever S3 operation the caller made. */
const commonFields = {
  // Log it: it is the id of the caller's request to S3.
  xAmzRequestId: z.string(),
  configuration: z.object({
    accessPointArn: z.string(),
    supportingAccessPointArn: z.string(),
    // The access point's opaque payload string, when one is configured.
    payload: optionalString,
  }),
  userRequest: z.object({
    url: z.string(),
    // Original casing; repeated headers are joined with commas.
    headers: z.record(z.string(), z.string()),
  }),
  userIdentity: userIdentitySchema,
  protocolVersion: z.string(),
};

/** A presigned URL of the original object (or listing) on the supporting access point. */
const inputContextSchema = z.object({ inputS3Url: z.string() });

/**
 * A GetObject call: the transformed object goes back with the
 * WriteGetObjectResponse API, addressed by `outputRoute` and `outputToken`.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export const s3ObjectLambdaGetObjectEventSchema = z.object({
  ...commonFields,
  getObjectContext: z.object({ inputS3Url: z.string(), outputRoute: z.string(), outputToken: z.string() }),
});

/** A HeadObject call: the answer is the function's return value. */
export const s3ObjectLambdaHeadObjectEventSchema = z.object({ ...commonFields, headObjectContext: inputContextSchema });

/** A ListObjects call: the answer is the function's return value. */
export const s3ObjectLambdaListObjectsEventSchema = z.object({
  ...commonFields,
  listObjectsContext: inputContextSchema,
});

/** A ListObjectsV2 call: the answer is the function's return value. */
export const s3ObjectLambdaListObjectsV2EventSchema = z.object({
  ...commonFields,
  listObjectsV2Context: inputContextSchema,
});

/**
 * The event an S3 Object Lambda access point sends: one context object
 * names the S3 operation the caller made.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 */
export const s3ObjectLambdaEventSchema = z.union([
  s3ObjectLambdaGetObjectEventSchema,
  s3ObjectLambdaHeadObjectEventSchema,
  s3ObjectLambdaListObjectsEventSchema,
  s3ObjectLambdaListObjectsV2EventSchema,
]);

const errorFields = {
  statusCode: z.int(),
  errorCode: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
};

/**
 * The answer to a HeadObject call: a status and the object's headers
 * (`Content-Length` as a number, user metadata as `x-amz-meta-*`).
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html#olap-headobject
 */
export const s3ObjectLambdaHeadObjectResponseSchema = z.object({
  ...errorFields,
  headers: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});

const listedObjectSchema = z.object({
  key: z.string(),
  size: z.number(),
  lastModified: z.optional(z.string()),
  eTag: z.optional(z.string()),
  checksumAlgorithm: z.optional(z.string()),
  storageClass: z.optional(z.string()),
  owner: z.optional(z.object({ displayName: z.optional(z.string()), id: z.optional(z.string()) })),
});

const listingFields = {
  name: z.string(),
  prefix: z.optional(z.string()),
  delimiter: z.optional(z.string()),
  encodingType: z.optional(z.string()),
  maxKeys: z.optional(z.number()),
  isTruncated: z.optional(z.boolean()),
  contents: z.optional(z.array(listedObjectSchema)),
  commonPrefixes: z.optional(z.array(z.object({ prefix: z.string() }))),
};

/**
 * The answer to a ListObjects call: the listing as S3's XML
 * (`listResultXml`, passed on as it is) or as JSON (`listBucketResult`,
 * which S3 turns into XML), never both.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html#olap-listobjects
 */
export const s3ObjectLambdaListObjectsResponseSchema = z.object({
  ...errorFields,
  listResultXml: z.optional(z.string()),
  listBucketResult: z.optional(
    z.object({ ...listingFields, marker: z.optional(z.string()), nextMarker: z.optional(z.string()) }),
  ),
});

/** The answer to a ListObjectsV2 call, as for ListObjects with V2's continuation fields. */
export const s3ObjectLambdaListObjectsV2ResponseSchema = z.object({
  ...errorFields,
  listResultXml: z.optional(z.string()),
  listBucketResult: z.optional(
    z.object({
      ...listingFields,
      keyCount: z.optional(z.number()),
      startAfter: z.optional(z.string()),
      continuationToken: z.optional(z.string()),
      nextContinuationToken: z.optional(z.string()),
    }),
  ),
});

/**
 * What the function returns to S3 Object Lambda, for every operation. For
 * GetObject the object itself went with WriteGetObjectResponse and S3
 * ignores this answer; the source returns `{ statusCode }` of what it wrote.
 */
export const s3ObjectLambdaResponseSchema = z.object({
  ...errorFields,
  headers: s3ObjectLambdaHeadObjectResponseSchema.shape.headers,
  listResultXml: z.optional(z.string()),
  listBucketResult: z.optional(
    z.union([
      s3ObjectLambdaListObjectsResponseSchema.shape.listBucketResult.def.innerType,
      s3ObjectLambdaListObjectsV2ResponseSchema.shape.listBucketResult.def.innerType,
    ]),
  ),
});

export type S3ObjectLambdaGetObjectEvent = z.output<typeof s3ObjectLambdaGetObjectEventSchema>;
export type S3ObjectLambdaHeadObjectEvent = z.output<typeof s3ObjectLambdaHeadObjectEventSchema>;
export type S3ObjectLambdaListObjectsEvent = z.output<typeof s3ObjectLambdaListObjectsEventSchema>;
export type S3ObjectLambdaListObjectsV2Event = z.output<typeof s3ObjectLambdaListObjectsV2EventSchema>;
export type S3ObjectLambdaEvent = z.output<typeof s3ObjectLambdaEventSchema>;
export type S3ObjectLambdaHeadObjectResult = z.output<typeof s3ObjectLambdaHeadObjectResponseSchema>;
export type S3ObjectLambdaListObjectsResult = z.output<typeof s3ObjectLambdaListObjectsResponseSchema>;
export type S3ObjectLambdaListObjectsV2Result = z.output<typeof s3ObjectLambdaListObjectsV2ResponseSchema>;
export type S3ObjectLambdaAnswer = z.output<typeof s3ObjectLambdaResponseSchema>;
