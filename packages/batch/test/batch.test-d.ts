/** Type tests (checked by `tsc`, never run): payload types follow the options, handlers mount on their source only. */
import { router } from '@switchboard/core';
import { kinesis } from '@switchboard/sources/kinesis';
import type { S3Event } from '@switchboard/sources/s3';
import { sqs } from '@switchboard/sources/sqs';
import { expectTypeOf } from 'expect-type';
import { z } from 'zod';
import { type DynamodbChange, dynamodbBatch, fromS3, kinesisBatch, mskBatch, sqsBatch } from '../src/index.js';

// Without a schema the payload is what the parser makes: JSON is `unknown`.
sqsBatch((payload) => expectTypeOf(payload).toEqualTypeOf<unknown>());
// A schema types the payload with its output.
sqsBatch((order) => expectTypeOf(order).toEqualTypeOf<{ orderId: string }>(), {
  schema: z.object({ orderId: z.string() }),
});
// An envelope types the payload with the inner message.
sqsBatch((event) => expectTypeOf(event).toEqualTypeOf<S3Event>(), { parse: fromS3 });
// The record is the raw SQS record.
sqsBatch((_payload, { record }) => expectTypeOf(record.messageId).toEqualTypeOf<string>());
kinesisBatch((text) => expectTypeOf(text).toEqualTypeOf<string>(), { data: 'text' });
kinesisBatch((bytes) => expectTypeOf(bytes).toEqualTypeOf<Uint8Array>(), { data: 'bytes' });
dynamodbBatch((change) => expectTypeOf(change).toEqualTypeOf<DynamodbChange>());
mskBatch((message) => expectTypeOf(message.key).toEqualTypeOf<string | undefined>());

// Each batch handler mounts on its own source...
const sqsHandler = sqsBatch(() => undefined);
const kinesisHandler = kinesisBatch(() => undefined);
router().on(sqs, sqsHandler);
router().on(kinesis, kinesisHandler);
// ...and not on another one.
// @ts-expect-error a Kinesis batch handler does not answer SQS
router().on(sqs, kinesisHandler);
