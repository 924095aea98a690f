// Announces order status changes from a DynamoDB stream. Images are unmarshalled from DynamoDB JSON;
// the first change that cannot be read is reported, and Lambda retries the shard from that record.
import { unmarshall } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { dynamodb, toDynamodbBatchResponse } from '@switchboard/sources/dynamodb';
import { z } from 'zod';

const orderSchema = z.object({ pk: z.string(), status: z.string() });

export const handler = router().on(dynamodb, async (event) => {
  for (const record of event.Records) {
    const { NewImage, OldImage, SequenceNumber } = record.dynamodb;
    if (record.eventName !== 'MODIFY' || NewImage === undefined || OldImage === undefined) continue;
    const after = orderSchema.safeParse(unmarshall(NewImage));
    const before = orderSchema.safeParse(unmarshall(OldImage));
    if (!after.success || !before.success) return toDynamodbBatchResponse([SequenceNumber]);
    if (after.data.status !== before.data.status) {
      console.log(`${after.data.pk}: ${before.data.status} -> ${after.data.status}`);
    }
  }
  return toDynamodbBatchResponse([]);
}).handler;
