import { describeSource } from '@switchboard/core';
import { type S3BatchEvent, s3BatchEventSchema, s3BatchResponseSchema } from './schema.js';
import { s3Batch } from './source.js';

/** `s3Batch` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const s3BatchReference = describeSource(s3Batch, {
  schema: s3BatchEventSchema,
  response: s3BatchResponseSchema,
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
});

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
