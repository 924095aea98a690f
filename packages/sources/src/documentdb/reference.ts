import { describeSource } from '@switchboard/core';
import { type DocumentdbEvent, documentdbEventSchema, documentdbResponseSchema } from './schema.js';
import { documentdb } from './source.js';

/** `documentdb` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const documentdbReference = describeSource(documentdb, {
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
