// An S3 Batch Operations job (LambdaInvoke) that archives invoices: each task gets a result, and keys
// outside `invoices/` fail permanently, so the job's completion report lists them.
import { router } from '@switchboard/core';
import { type S3BatchTaskResult, s3Batch, toS3BatchObject, toS3BatchResponse } from '@switchboard/sources/s3-batch';

export const handler = router().on(s3Batch, async (event) =>
  toS3BatchResponse(
    event,
    event.tasks.map((task): S3BatchTaskResult => {
      const { bucket, key } = toS3BatchObject(task);
      if (!key.startsWith('invoices/')) {
        return { taskId: task.taskId, resultCode: 'PermanentFailure', resultString: `${key} is not an invoice` };
      }
      return { taskId: task.taskId, resultCode: 'Succeeded', resultString: `archived s3://${bucket}/${key}` };
    }),
  ),
).handler;
