// Settles payments from an SQS queue, one message at a time: a message that is not a valid payment
// is reported in `batchItemFailures`, so only it returns to the queue (ReportBatchItemFailures on).
import { router } from '@switchboard/core';
import { sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { z } from 'zod';

const paymentSchema = z.object({ orderId: z.string(), amount: z.number().positive() });

export const handler = router().on(sqs, async (event) => {
  const failed: string[] = [];
  for (const record of event.Records) {
    try {
      const payment = paymentSchema.parse(JSON.parse(record.body));
      console.log(
        `settled ${payment.orderId}: ${payment.amount} (receive #${record.attributes.ApproximateReceiveCount})`,
      );
    } catch {
      failed.push(record.messageId);
    }
  }
  return toSqsBatchResponse(failed);
}).handler;
