// Two EventBridge rules on one function: S3 "Object Created" events (their `detail` checked with a
// schema) and a nightly schedule. Each detail-type is its own variant; the answer is ignored.
import { router } from '@switchboard/core';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { z } from 'zod';

const objectCreatedSchema = z.object({
  bucket: z.object({ name: z.string() }),
  object: z.object({ key: z.string(), size: z.number() }),
});

export const handler = router()
  .on(eventbridge.variant('s3-object-created'), async (event) => {
    const { bucket, object } = objectCreatedSchema.parse(event.detail);
    console.log(`${event['detail-type']}: s3://${bucket.name}/${object.key} (${object.size} bytes) at ${event.time}`);
  })
  .on(eventbridge.variant('scheduled'), async (event) => {
    console.log('nightly report for', event.time, 'rule', event.resources[0]);
  }).handler;
