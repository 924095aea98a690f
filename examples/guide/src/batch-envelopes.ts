import { fromSns, sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';
import { z } from 'zod';

const orderPlacedSchema = z.object({ orderId: z.string(), total: z.number() });

export const invoiced: string[] = [];

/**
 * SNS fan-out to SQS (without raw message delivery): each message body is
 * an SNS notification. `parse: fromSns` checks that envelope and hands the
 * handler its `Message`, parsed; the schema then checks the order itself.
 */
export const handler = router().on(
  sqs,
  sqsBatch(async (order) => void invoiced.push(order.orderId), { parse: fromSns, schema: orderPlacedSchema }),
).handler;
