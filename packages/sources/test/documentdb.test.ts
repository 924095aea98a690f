import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type DocumentdbChangeEvent, documentdbReference as documentdb } from '@switchboard/sources/documentdb';
import type { Context } from 'aws-lambda';

const context = {} as Context;

const base = {
  _id: { _data: '016643a1b4000000020100000002000040a8' },
  clusterTime: { $timestamp: { t: 1715679013, i: 1 } },
};

/** One batch mixing operation types, as a change stream delivers them. */
function mixedBatch() {
  const changes: DocumentdbChangeEvent[] = [
    {
      ...base,
      operationType: 'update',
      ns: { db: 'catalog', coll: 'products' },
      documentKey: { _id: { $oid: '6643a1b4e2c1f0a9d3b7c512' } },
      updateDescription: { updatedFields: { price: { $numberDecimal: '34.90' } }, removedFields: ['promo'] },
    },
    { ...base, operationType: 'rename', ns: { db: 'catalog', coll: 'products' }, to: { db: 'catalog', coll: 'items' } },
    { ...base, operationType: 'dropDatabase', ns: { db: 'catalog' } },
    { ...base, operationType: 'invalidate' },
  ];
  return { ...documentdb.sample(), events: changes.map((event) => ({ event })) };
}

describe('documentdb', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = documentdb.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: documentdb, variant: undefined });
    expect(checkEvent(documentdb, sample)).toEqual([]);
  });

  it('accepts a batch mixing operation types, each with its own fields', () => {
    expect(checkEvent(documentdb, mixedBatch())).toEqual([]);
  });

  it('has no variants, since one batch may mix operation types', () => {
    expect(documentdb.variants).toEqual([]);
    expect(detectSource(allSources, mixedBatch())?.variant).toBeUndefined();
  });

  it('hands the handler every change in order, and answers nothing', async () => {
    const operations: string[] = [];
    const app = router({ validateEvent: true, validateResponse: true }).on(documentdb, async (event) => {
      for (const { event: change } of event.events) operations.push(change.operationType);
    });
    await expect(app.handler(mixedBatch(), context)).resolves.toBeUndefined();
    expect(operations).toEqual(['update', 'rename', 'dropDatabase', 'invalidate']);
    expect(checkResponse(documentdb, { batchItemFailures: [] })).not.toEqual([]);
  });

  it('reports a change without an operationType by path', () => {
    const change = { ...base, ns: { db: 'catalog', coll: 'products' } };
    expect(checkEvent(documentdb, { ...documentdb.sample(), events: [{ event: change }] })).toEqual([
      { path: 'events[0].event.operationType', message: 'expected string' },
    ]);
  });

  it.each([
    ['null', null],
    ['a DynamoDB stream batch', { Records: [{ eventSource: 'aws:dynamodb' }] }],
    ['events without an eventSource', { events: documentdb.sample().events }],
    ['another top-level eventSource', { ...documentdb.sample(), eventSource: 'aws:rds' }],
  ])('does not claim %s', (_name, event) => {
    expect(documentdb.detect(event)).toBe(false);
  });
});
