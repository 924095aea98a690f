import { runtimeSource } from '@switchboard/core';
import { toBatchItemFailures } from '../internal/batch-item-failures.js';
import { firstRecord } from '../internal/guards.js';
import type { SqsEvent, SqsResult } from './schema.js';

/**
 * Builds the partial batch response that retries exactly `failedMessageIds`.
 *
 * @example
 * return toSqsBatchResponse(['059f36b4-87a3-44ab-83d2-661975830a7d'])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export function toSqsBatchResponse(failedMessageIds: Iterable<string>): SqsResult {
  return toBatchItemFailures(failedMessageIds);
}

/** A FIFO queue's ARN ends in `.fifo`: AWS requires the suffix on every FIFO queue name. */
function isFifoArn(arn: unknown): boolean {
  return typeof arn === 'string' && arn.endsWith('.fifo');
}

/**
 * Amazon SQS, through an event source mapping.
 *
 * @example
 * router().on(sqs, async (event) => toSqsBatchResponse(await failedIds(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export const sqs = runtimeSource<SqsEvent, SqsResult>()({
  id: 'sqs',
  invocation: 'poll',
  // Every SQS record says `eventSource: "aws:sqs"` (camel case; SNS uses `EventSource`).
  detect: (event) => firstRecord(event)?.eventSource === 'aws:sqs',
  variants: ['standard', 'fifo'],
  variantOf: (event) => (isFifoArn(event.Records[0]?.eventSourceARN) ? 'fifo' : 'standard'),
});
