import { runtimeSource } from '@switchboard/core';
import { toBatchItemFailures } from '../internal/batch-item-failures.js';
import { firstRecord } from '../internal/guards.js';
import type { KinesisEvent, KinesisResult } from './schema.js';

/**
 * Builds the partial batch response that fails exactly `sequenceNumbers`
 * (each a record's `kinesis.sequenceNumber`). Listing the first failure is
 * enough: everything after the lowest listed number is retried anyway.
 *
 * @example
 * return toKinesisBatchResponse([record.kinesis.sequenceNumber])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export function toKinesisBatchResponse(sequenceNumbers: Iterable<string>): KinesisResult {
  return toBatchItemFailures(sequenceNumbers);
}

/**
 * Amazon Kinesis Data Streams, through an event source mapping.
 *
 * @example
 * router().on(kinesis, async (event) => toKinesisBatchResponse(await failedSequenceNumbers(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export const kinesis = runtimeSource<KinesisEvent, KinesisResult>()({
  id: 'kinesis',
  invocation: 'poll',
  // Every Kinesis record says `eventSource: "aws:kinesis"`; DynamoDB Streams and SQS
  // use the same camel-case key with their own value, so the value alone discriminates.
  // (DynamoDB changes captured to a Kinesis stream arrive as `aws:kinesis` too, and are Kinesis records.)
  detect: (event) => firstRecord(event)?.eventSource === 'aws:kinesis',
});
