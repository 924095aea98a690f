import { defineSource, withVariantTypes } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

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

/**
 * Builds the answer to `event`, echoing its schema version and invocation id.
 * Tasks without a result count as `treatMissingKeysAs` (default `PermanentFailure`).
 *
 * @example
 * return toS3BatchResponse(event, [{ taskId: task.taskId, resultCode: 'Succeeded', resultString: 'copied' }])
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export function toS3BatchResponse(
  event: Pick<S3BatchEvent, 'invocationSchemaVersion' | 'invocationId'>,
  results: readonly S3BatchTaskResult[],
  treatMissingKeysAs: S3BatchResultCode = 'PermanentFailure',
): S3BatchResult {
  return {
    invocationSchemaVersion: event.invocationSchemaVersion,
    treatMissingKeysAs,
    invocationId: event.invocationId,
    results: [...results],
  };
}

/** The object a task names, whatever the schema version: bucket name, decoded key, version. */
export interface S3BatchObject {
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | undefined;
}

/**
 * The object a task acts on. Keys arrive URL-encoded (a manifest may hold
 * JSON in them); schema 1.0 names the bucket by ARN, 2.0 by name.
 *
 * @example
 * const { bucket, key } = toS3BatchObject(event.tasks[0])
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export function toS3BatchObject(task: S3BatchTask): S3BatchObject {
  const bucket = 's3Bucket' in task ? task.s3Bucket : task.s3BucketArn.slice(task.s3BucketArn.lastIndexOf(':') + 1);
  return { bucket, key: decodeURIComponent(task.s3Key.replace(/\+/g, ' ')), versionId: task.s3VersionId ?? undefined };
}

/**
 * Amazon S3 Batch Operations, running a `LambdaInvoke` job: one invocation
 * per manifest task.
 *
 * @example
 * router().on(s3Batch, async (event) =>
 *   toS3BatchResponse(event, event.tasks.map((t) => ({ taskId: t.taskId, resultCode: 'Succeeded', resultString: 'ok' }))))
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export const s3Batch = withVariantTypes<S3BatchVariantTypes>()(
  defineSource({
    id: 's3-batch',
    invocation: 'sync',
    // `invocationSchemaVersion` and a `tasks` array are S3 Batch Operations' own
    // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html);
    // no other caller sends either.
    detect: (event) =>
      isObject(event) && typeof event.invocationSchemaVersion === 'string' && Array.isArray(event.tasks),
    schema: s3BatchEventSchema,
    response: s3BatchResponseSchema,
    variants: ['1.0', '2.0'],
    variantOf: (event) => event.invocationSchemaVersion,
    sample: sampleS3BatchEvent,
    docs: {
      service: 'Amazon S3 Batch Operations',
      summary:
        'A Batch Operations job with the `LambdaInvoke` operation invokes the function for each object of its manifest. The function answers a result code per task; result strings go to the completion report.',
      detection:
        'A string `invocationSchemaVersion` and a `tasks` array; the schema version (`1.0` or `2.0`) names the variant.',
      retries:
        'Tasks answered `TemporaryFailure` are retried before the job completes; `PermanentFailure` is final, as is a task the answer leaves out when `treatMissingKeysAs` says so. A thrown error or an invalid answer fails the task; when more than 50% of at least 1,000 attempted tasks fail, the job fails.',
      limits: [
        {
          name: 'Tasks per invocation',
          value: 'one task (one object) per invocation',
          link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html',
        },
        {
          name: 'User arguments (schema 2.0)',
          value: 'up to 10 pairs; keys 1 to 64 characters, values up to 1,024',
          link: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html',
        },
        {
          name: 'Manifest key',
          value: 'up to 1,024 characters, URL-encoded (it may carry JSON for the function)',
          link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html#storing-task-level-information-in-lambda',
        },
      ],
      links: [
        {
          title: 'Invoke AWS Lambda function (S3 Batch Operations)',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html',
        },
        {
          title: 'Using Lambda with Amazon S3 batch operations',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html',
        },
      ],
    },
  }),
);

function sampleS3BatchEvent(): S3BatchEvent {
  return {
    invocationSchemaVersion: '1.0',
    invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
    job: { id: 'f3cc4f60-61f6-4a2b-8a21-d07600c373ce' },
    tasks: [
      {
        taskId: 'dGFza2lkZ29lc2hlcmUK',
        s3Key: 'invoices/2024/03/INV-10042.pdf',
        s3VersionId: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
        s3BucketArn: 'arn:aws:s3:::acme-billing-archive',
      },
    ],
  };
}
