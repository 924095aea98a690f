import { router } from '@switchboard/core';
import { apigwHttp } from '@switchboard/sources/apigw-http';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { s3 } from '@switchboard/sources/s3';
import { sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { handleHttp } from './http-api.js';
import { orderSchema } from './orders.js';

/**
 * One Lambda function, four AWS callers: an HTTP API, an SQS queue, S3
 * object notifications and a nightly EventBridge schedule.
 */
export const app = router()
  .on(apigwHttp, handleHttp)
  .on(sqs, async (event) => {
    // Only the messages that fail are retried; the others are deleted.
    const failed = event.Records.filter((record) => !isOrder(record.body)).map((record) => record.messageId);
    return toSqsBatchResponse(failed);
  })
  .on(s3.variant('ObjectCreated'), async (event) => {
    for (const record of event.Records) console.log('stored', record.s3.object.key);
  })
  .on(eventbridge.variant('scheduled'), async (event) => {
    console.log('nightly run', event.time);
  });

export const handler = app.handler;

function isOrder(body: string): boolean {
  try {
    return orderSchema.safeParse(JSON.parse(body)).success;
  } catch {
    return false;
  }
}
