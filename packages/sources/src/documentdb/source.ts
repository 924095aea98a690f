import { runtimeSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { DocumentdbEvent, DocumentdbResult } from './schema.js';

/**
 * Amazon DocumentDB change streams, through an event source mapping.
 *
 * No variants by `operationType`: one batch may mix inserts, updates and
 * deletes, so a batch-level variant would route by its first change only.
 * Switch on `change.event.operationType` inside the handler instead.
 *
 * @example
 * router().on(documentdb, async (event) => {
 *   for (const { event: change } of event.events) if (change.operationType === 'insert') await index(change.fullDocument)
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export const documentdb = runtimeSource<DocumentdbEvent, DocumentdbResult>()({
  id: 'documentdb',
  invocation: 'poll',
  // DocumentDB batches say `eventSource: "aws:docdb"` at the top level (AWS's example
  // on with-documentdb.html; corpus example-documentdb-*-event.json). No other caller uses that value.
  detect: (event) => isObject(event) && event.eventSource === 'aws:docdb',
});
