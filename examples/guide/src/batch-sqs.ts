import { sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';
import { z } from 'zod';

const paymentSchema = z.object({ orderId: z.string().min(1), amount: z.number().positive() });

/** Payments settled so far (a real function would call a payment API). */
export const settled: string[] = [];

/**
 * One payment per message. A message whose body is not JSON, fails the
 * schema or makes the handler throw is reported in `batchItemFailures`:
 * SQS retries exactly those and deletes the others.
 */
export const handler = router().on(
  sqs,
  sqsBatch(
    async (payment) => {
      if (payment.orderId.startsWith('blocked-')) throw new Error('The payment provider refused this order');
      settled.push(payment.orderId);
    },
    {
      schema: paymentSchema,
      // Called once per failed record; the record's values are not logged.
      onRecordError: (error, index) => console.warn(`payment ${index} failed:`, (error as Error).name),
    },
  ),
).handler;
