import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/** A BSON value in MongoDB Extended JSON (`{ "$oid": "..." }`, `{ "$date": ... }`), as change events carry documents. */
const documentSchema = z.record(z.string(), z.unknown());
const namespaceSchema = z.object({ db: z.string(), coll: z.optional(z.string()) });

/**
 * One change stream event, in MongoDB's change event format (Extended JSON).
 * Which fields are present depends on `operationType`: `invalidate` has no
 * `ns`, `dropDatabase` has no `ns.coll`, only `update` has
 * `updateDescription`, only `rename` has `to`, and `fullDocument` is there
 * for inserts and replaces (and updates when the mapping asks for
 * `UpdateLookup`). Corpus: the eight example-documentdb-*-event.json files.
 *
 * @see https://docs.aws.amazon.com/documentdb/latest/developerguide/change_streams.html
 */
export const documentdbChangeEventSchema = z.object({
  _id: z.object({ _data: z.string() }),
  operationType: z.string(),
  clusterTime: z.optional(z.object({ $timestamp: z.object({ t: z.number(), i: z.number() }) })),
  ns: z.optional(namespaceSchema),
  documentKey: z.optional(documentSchema),
  fullDocument: z.optional(z.nullable(documentSchema)),
  updateDescription: z.optional(
    z.object({
      updatedFields: documentSchema,
      removedFields: z.array(z.string()),
      truncatedArrays: z.optional(z.array(z.object({ field: z.string(), newSize: z.number() }))),
    }),
  ),
  to: z.optional(namespaceSchema),
});

/**
 * The event an Amazon DocumentDB event source mapping sends: change events
 * of one collection (or database) in order, each wrapped as `{ event }`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export const documentdbEventSchema = z.object({
  eventSource: z.literal('aws:docdb'),
  eventSourceArn: z.string(),
  events: z.array(z.object({ event: documentdbChangeEventSchema })),
});

/**
 * DocumentDB reads no answer: any return acknowledges the batch and a thrown
 * error retries it (its event source mapping has no partial batch response),
 * so a handler returns nothing.
 */
export const documentdbResponseSchema = z.optional(z.null());

export type DocumentdbEvent = z.output<typeof documentdbEventSchema>;
export type DocumentdbChangeEvent = z.output<typeof documentdbChangeEventSchema>;
export type DocumentdbResult = z.output<typeof documentdbResponseSchema>;

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
export const documentdb = defineSource({
  id: 'documentdb',
  invocation: 'poll',
  // DocumentDB batches say `eventSource: "aws:docdb"` at the top level (AWS's example
  // on with-documentdb.html; corpus example-documentdb-*-event.json). No other caller uses that value.
  detect: (event) => isObject(event) && event.eventSource === 'aws:docdb',
  schema: documentdbEventSchema,
  response: documentdbResponseSchema,
  sample: sampleDocumentdbEvent,
  docs: {
    service: 'Amazon DocumentDB',
    summary:
      "An event source mapping reads a change stream (of a collection, a database or the whole cluster) and invokes the function with a batch of change events in order, each in MongoDB's Extended JSON change event format. The function's return value is ignored.",
    detection: 'The event has a top-level `eventSource` equal to `aws:docdb`.',
    retries:
      'A thrown error makes Lambda retry the batch until it succeeds; the stream waits meanwhile. If the change stream events expire first, Lambda disables the event source mapping, and a new one must be created with a chosen starting position. Processing is at least once, so handlers should be idempotent. There is no partial batch response.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 events, within a batching window of 0 to 300 seconds',
        link: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/using-lambda.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch',
        link: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/using-lambda.html',
      },
      {
        name: 'Supported clusters',
        value: 'DocumentDB 4.0 and 5.0 instance-based clusters; not elastic or global clusters',
        link: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/using-lambda.html',
      },
    ],
    links: [
      {
        title: 'Using Lambda with Amazon DocumentDB',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html',
      },
      {
        title: 'Using Lambda with change streams (DocumentDB guide)',
        url: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/using-lambda.html',
      },
    ],
  },
});

function sampleDocumentdbEvent(): DocumentdbEvent {
  return {
    eventSource: 'aws:docdb',
    eventSourceArn: 'arn:aws:rds:eu-west-1:123456789012:cluster:catalog-cluster',
    events: [
      {
        event: {
          _id: { _data: '016643a1b4000000020100000002000040a7' },
          operationType: 'insert',
          clusterTime: { $timestamp: { t: 1715679012, i: 2 } },
          ns: { db: 'catalog', coll: 'products' },
          documentKey: { _id: { $oid: '6643a1b4e2c1f0a9d3b7c512' } },
          fullDocument: {
            _id: { $oid: '6643a1b4e2c1f0a9d3b7c512' },
            sku: 'LMP-0042',
            name: 'Desk lamp',
            price: { $numberDecimal: '39.90' },
          },
        },
      },
    ],
  };
}
