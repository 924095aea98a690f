import * as z from 'zod/mini';

/** A task of schema 1.0: the object's bucket by ARN. Keys arrive URL-encoded. */
const taskV1Schema = z.object({
  taskId: z.string(),
  s3Key: z.string(),
  s3VersionId: z.nullable(z.string()),
  s3BucketArn: z.string(),
});

/** A task of schema 2.0: the bucket by name (directory buckets have no classic ARN). */
const taskV2Schema = z.object({
  taskId: z.string(),
  s3Key: z.string(),
  s3VersionId: z.nullable(z.string()),
  s3Bucket: z.string(),
});

/**
 * Schema 1.0, the default of a `LambdaInvoke` job.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export const s3BatchEventV1Schema = z.object({
  invocationSchemaVersion: z.literal('1.0'),
  invocationId: z.string(),
  job: z.object({ id: z.string() }),
  tasks: z.array(taskV1Schema),
});

/**
 * Schema 2.0, required for directory buckets and for `UserArguments` (up to
 * 10 string pairs set on the job, passed as `job.userArguments`).
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html
 */
export const s3BatchEventV2Schema = z.object({
  invocationSchemaVersion: z.literal('2.0'),
  invocationId: z.string(),
  job: z.object({ id: z.string(), userArguments: z.exactOptional(z.record(z.string(), z.string())) }),
  tasks: z.array(taskV2Schema),
});

export const s3BatchEventSchema = z.discriminatedUnion('invocationSchemaVersion', [
  s3BatchEventV1Schema,
  s3BatchEventV2Schema,
]);

export const s3BatchResultCodes = ['Succeeded', 'TemporaryFailure', 'PermanentFailure'] as const;
export type S3BatchResultCode = (typeof s3BatchResultCodes)[number];

/**
 * The answer: the event's schema version and invocation id, one result per
 * task, and what to make of tasks the answer leaves out.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html#batch-ops-invoke-lambda-response-codes
 */
export const s3BatchResponseSchema = z.object({
  invocationSchemaVersion: z.string(),
  treatMissingKeysAs: z.enum(s3BatchResultCodes),
  invocationId: z.string(),
  results: z.array(z.object({ taskId: z.string(), resultCode: z.enum(s3BatchResultCodes), resultString: z.string() })),
});

export type S3BatchEvent = z.output<typeof s3BatchEventSchema>;
export type S3BatchEventV1 = z.output<typeof s3BatchEventV1Schema>;
export type S3BatchEventV2 = z.output<typeof s3BatchEventV2Schema>;
export type S3BatchTask = S3BatchEvent['tasks'][number];
export type S3BatchResult = z.output<typeof s3BatchResponseSchema>;
export type S3BatchTaskResult = S3BatchResult['results'][number];

/** Both schema versions answer the same way. */
export type S3BatchVariantTypes = {
  readonly '1.0': { readonly event: S3BatchEventV1; readonly result: S3BatchResult };
  readonly '2.0': { readonly event: S3BatchEventV2; readonly result: S3BatchResult };
};
