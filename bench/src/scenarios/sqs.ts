// Aliased: this file's own `sqsBatch()` builds the event.
import { sqsBatch as sqsBatchHandler } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { type SqsEvent, type SqsRecord, sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { z } from 'zod';
import type { Scenario } from '../harness.js';
import { context } from './context.js';

const orderSchema = z.object({ orderId: z.string(), amount: z.number().positive() });

/** Ten messages, the seventh with a body that fails validation. */
function sqsBatch(): SqsEvent {
  const template = sqs.sample().Records[0] as SqsRecord;
  return {
    Records: Array.from({ length: 10 }, (_, i) => ({
      ...template,
      messageId: `m-${i}`,
      body: JSON.stringify(i === 6 ? { orderId: `o-${i}`, amount: -1 } : { orderId: `o-${i}`, amount: i + 1 }),
    })),
  };
}

/** The same per-record work in every candidate: parse, validate, collect failures. */
function failedIds(records: readonly { messageId: string; body: string }[]): string[] {
  const failed: string[] = [];
  for (const record of records) {
    if (!orderSchema.safeParse(JSON.parse(record.body)).success) failed.push(record.messageId);
  }
  return failed;
}

/** Validation is the per-record work; the record handler itself has nothing left to do. */
function noop(): void {}

export function sqsScenario(): Scenario {
  const event = sqsBatch();
  const handWritten = async (e: SqsEvent) => ({
    batchItemFailures: failedIds(e.Records).map((itemIdentifier) => ({ itemIdentifier })),
  });
  const switchboard = router().on(sqs, async (e) => toSqsBatchResponse(failedIds(e.Records))).handler;
  const validating = router({ validateEvent: true }).on(sqs, async (e) =>
    toSqsBatchResponse(failedIds(e.Records)),
  ).handler;
  // The same work through the batch processor: per-record JSON parse and zod validation via Standard Schema.
  const batch = router().on(sqs, sqsBatchHandler(noop, { schema: orderSchema })).handler;
  return {
    name: 'SQS batch of 10, zod per record, one failure',
    expected: { batchItemFailures: [{ itemIdentifier: 'm-6' }] },
    baseline: { name: 'hand-written', invoke: () => handWritten(event) },
    candidates: [
      { name: 'switchboard', invoke: () => switchboard(event, context) },
      { name: 'switchboard, validateEvent: true', invoke: () => validating(event, context) },
      { name: 'switchboard batch (sqsBatch)', invoke: () => batch(event, context) },
    ],
  };
}
