/**
 * Powertools batch as its docs show it: a `BatchProcessor` with the parser
 * integration validating each record, `processPartialResponse` building the
 * answer. Timed with `schema` (the record schema extended once, at start);
 * its docs' other form, `innerSchema` with the `json` transformer, rebuilds
 * the extended schema for every record, and is timed as its own row.
 * @see https://docs.powertools.aws.dev/lambda/typescript/latest/features/batch/#parser-integration
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { parser } from '@aws-lambda-powertools/batch/parser';
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { SqsRecordSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import type { SQSEvent } from 'aws-lambda';
import { orderSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from '../http/handler.js';

/** Validation is the per-record work; the record handler has nothing left to do. */
async function acceptOrder(): Promise<void> {}

function handlerOf(processor: BatchProcessor): LambdaHandler {
  return (event: SQSEvent, context) => processPartialResponse(event, acceptOrder, processor, { context });
}

export function sqs(): LambdaHandler {
  const schema = SqsRecordSchema.extend({ body: JSONStringified(orderSchema) });
  return handlerOf(new BatchProcessor(EventType.SQS, { parser, schema }));
}

/** The `innerSchema` form: Powertools extends `SqsRecordSchema` with it on every record. */
export function sqsInnerSchema(): LambdaHandler {
  return handlerOf(new BatchProcessor(EventType.SQS, { parser, innerSchema: orderSchema, transformer: 'json' }));
}
