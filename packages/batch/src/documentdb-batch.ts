import type { StandardSchemaV1 } from '@standard-schema/spec';
import { deadlineOf } from '@switchboard/core';
import type { DocumentdbChangeEvent, DocumentdbEvent } from '@switchboard/sources/documentdb';
import type { Context } from 'aws-lambda';
import { answerWith, assertAllAcknowledged } from './internal/answer.js';
import type { Job } from './internal/job.js';
import { isObject, recordsOf } from './internal/records-of.js';
import type { BaseBatchOptions, PayloadOf, RecordHandler } from './types.js';

type Wrapped = DocumentdbEvent['events'][number];

const hasEvent = (wrapped: Wrapped) => isObject(wrapped.event);
const unwrap = (wrapped: Wrapped): DocumentdbChangeEvent => wrapped.event;

/**
 * Runs `handler` for each change event of an Amazon DocumentDB batch, in
 * order (a `schema` checks the change event). DocumentDB has no partial batch
 * response: the first failure stops the batch and throws, so Lambda retries it.
 *
 * @example
 * router().on(documentdb, documentdbBatch(async (change) => { if (change.operationType === 'insert') await sync(change.fullDocument) }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export function documentdbBatch<Schema extends StandardSchemaV1 | undefined = undefined>(
  handler: RecordHandler<PayloadOf<DocumentdbChangeEvent, Schema>, Wrapped>,
  options: BaseBatchOptions<Schema> = {},
): (event: DocumentdbEvent, context: Context) => Promise<void> {
  return function handleDocumentdbBatch(event, context) {
    try {
      const job: Job<Wrapped> = {
        context,
        deadlineAt: deadlineOf(context, options.deadlineMarginMs),
        onRecordError: options.onRecordError,
        records: recordsOf<Wrapped>('documentdb', event?.events, hasEvent, 'events'),
        decode: unwrap,
        schema: options.schema,
        handler,
        stop: 'all',
        laneOf: undefined,
        concurrency: undefined,
      };
      return answerWith(job, (outcome) => assertAllAcknowledged('documentdb', outcome));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
