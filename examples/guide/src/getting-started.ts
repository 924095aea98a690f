import { router } from '@switchboard/core';
import { apigwHttp } from '@switchboard/sources/apigw-http';
import { decodeS3Key, s3 } from '@switchboard/sources/s3';
import { sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';

/**
 * A first Switchboard function: one handler for an HTTP API, an SQS queue and
 * S3 notifications. Each handler's event type comes from the source it is
 * mounted on, and its return type is the answer that caller reads.
 */
export const handler = router()
  .on(apigwHttp, async (event) => ({
    statusCode: 200,
    headers: { 'content-type': 'text/plain' },
    body: `hello from ${event.rawPath}`,
  }))
  .on(sqs, async (event) => {
    // Messages without a body are answered as failed: SQS retries exactly those.
    const failed = event.Records.filter((record) => record.body.trim() === '').map((record) => record.messageId);
    return toSqsBatchResponse(failed);
  })
  .on(s3, async (event) => {
    for (const record of event.Records)
      console.log('uploaded', record.s3.bucket.name, decodeS3Key(record.s3.object.key));
  }).handler;
