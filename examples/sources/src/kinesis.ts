// Reads temperature readings from a Kinesis stream (base64 JSON in `kinesis.data`). A record that is
// not a reading is reported by its sequence number, and Lambda retries the shard from there.
import { router } from '@switchboard/core';
import { kinesis, toKinesisBatchResponse } from '@switchboard/sources/kinesis';
import { z } from 'zod';

const readingSchema = z.object({ deviceId: z.string(), temperature: z.number(), at: z.string() });

export const handler = router().on(kinesis, async (event) => {
  for (const record of event.Records) {
    const { data, partitionKey, sequenceNumber } = record.kinesis;
    try {
      const reading = readingSchema.parse(JSON.parse(Buffer.from(data, 'base64').toString('utf8')));
      console.log(`${reading.deviceId}: ${reading.temperature}°C at ${reading.at} (partition ${partitionKey})`);
    } catch {
      return toKinesisBatchResponse([sequenceNumber]);
    }
  }
  return toKinesisBatchResponse([]);
}).handler;
