import { runtimeSource } from '@switchboard/core';
import { toBatchItemFailures } from '../internal/batch-item-failures.js';
import { firstRecord } from '../internal/guards.js';
import type { DynamodbEvent, DynamodbResult } from './schema.js';

/**
 * Builds the partial batch response that fails exactly `sequenceNumbers`
 * (each a record's `dynamodb.SequenceNumber`). Listing the first failure is
 * enough: everything after the lowest listed number is retried anyway.
 *
 * @example
 * return toDynamodbBatchResponse([record.dynamodb.SequenceNumber])
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export function toDynamodbBatchResponse(sequenceNumbers: Iterable<string>): DynamodbResult {
  return toBatchItemFailures(sequenceNumbers);
}

/**
 * Amazon DynamoDB Streams, through an event source mapping.
 *
 * @example
 * router().on(dynamodb, async (event) => toDynamodbBatchResponse(await failedSequenceNumbers(event.Records)))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export const dynamodb = runtimeSource<DynamodbEvent, DynamodbResult>()({
  id: 'dynamodb',
  invocation: 'poll',
  // Every DynamoDB Streams record says `eventSource: "aws:dynamodb"`; Kinesis and SQS
  // use the same camel-case key with their own value, so the value alone discriminates.
  detect: (event) => firstRecord(event)?.eventSource === 'aws:dynamodb',
});
