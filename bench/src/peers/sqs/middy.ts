/**
 * middy with `sqs-partial-batch-failure` as its docs show it: the handler
 * answers `Promise.allSettled` of the records, the middleware turns the
 * rejected ones into `batchItemFailures`. Its logger (console.error per
 * failed record) is a no-op: the other candidates log nothing either.
 * @see https://middy.js.org/docs/middlewares/sqs-partial-batch-failure
 */
import middy from '@middy/core';
import sqsPartialBatchFailure from '@middy/sqs-partial-batch-failure';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { orderSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from '../http/handler.js';

async function processRecord(record: SQSRecord): Promise<void> {
  orderSchema.parse(JSON.parse(record.body));
}

export function sqs(): LambdaHandler {
  return middy<SQSEvent>()
    .use(sqsPartialBatchFailure({ logger: () => {} }))
    .handler(async (event) => Promise.allSettled(event.Records.map(processRecord)));
}
