import { runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type {
  S3BatchEvent,
  S3BatchResult,
  S3BatchResultCode,
  S3BatchTask,
  S3BatchTaskResult,
  S3BatchVariantTypes,
} from './schema.js';

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
  runtimeSource<S3BatchEvent, S3BatchResult>()({
    id: 's3-batch',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // `invocationSchemaVersion` and a `tasks` array are S3 Batch Operations' own
    // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html);
    // no other caller sends either.
    detect: (event) =>
      isObject(event) && typeof event.invocationSchemaVersion === 'string' && Array.isArray(event.tasks),
    variants: ['1.0', '2.0'],
    variantOf: (event) => event.invocationSchemaVersion,
  }),
);
