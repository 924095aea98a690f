import * as z from 'zod/mini';

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
