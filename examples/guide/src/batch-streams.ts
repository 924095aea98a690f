import { dynamodbBatch, kinesisBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { dynamodb } from '@switchboard/sources/dynamodb';
import { kinesis } from '@switchboard/sources/kinesis';
import { z } from 'zod';

const readingSchema = z.object({ sensor: z.string(), celsius: z.number() });

/** Where the examples put what they read. */
export const readings: number[] = [];
export const searchIndex = new Map<string, unknown>();

/**
 * Streams are processed in order: at the first failure the handler stops
 * and answers that record's sequence number, and Lambda resumes the shard
 * from it. Kinesis data arrives base64-decoded and parsed; DynamoDB images
 * arrive unmarshalled into plain values.
 */
export const handler = router()
  .on(
    kinesis,
    kinesisBatch(async (reading) => void readings.push(reading.celsius), { schema: readingSchema }),
  )
  .on(
    dynamodb,
    dynamodbBatch(async (change) => {
      const id = String(change.keys.pk);
      if (change.eventName === 'REMOVE') searchIndex.delete(id);
      else searchIndex.set(id, change.newImage);
    }),
  ).handler;
