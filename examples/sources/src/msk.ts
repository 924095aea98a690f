// Saves orders from an Amazon MSK topic: each record's value is base64 JSON, checked with a schema. The
// first bad record of a partition is reported by partition and offset; Lambda resumes the partition there.
import { router } from '@switchboard/core';
import { decodeMskPayload, type MskRecord, msk, toMskBatchResponse } from '@switchboard/sources/msk';
import { z } from 'zod';

const orderSchema = z.object({ orderId: z.string(), total: z.number() });

function readOrder(record: MskRecord) {
  try {
    return orderSchema.parse(decodeMskPayload(record.value, 'json'));
  } catch {
    return undefined;
  }
}

export const handler = router().on(msk, async (event) => {
  const failed: MskRecord[] = [];
  for (const partition of Object.values(event.records)) {
    for (const record of partition) {
      const order = readOrder(record);
      if (order === undefined) {
        failed.push(record);
        break;
      }
      console.log(`order ${order.orderId}: ${order.total} (${record.topic}-${record.partition}@${record.offset})`);
    }
  }
  return toMskBatchResponse(failed);
}).handler;
