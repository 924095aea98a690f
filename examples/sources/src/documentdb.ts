// Keeps a search index in step with a DocumentDB collection's change stream: inserts and replaces index
// the full document, deletes remove it. There is no partial batch response: a throw retries the batch.
import { router } from '@switchboard/core';
import { documentdb } from '@switchboard/sources/documentdb';

export const handler = router().on(documentdb, async (event) => {
  for (const { event: change } of event.events) {
    const id = JSON.stringify(change.documentKey?._id);
    const collection = `${change.ns?.db}.${change.ns?.coll}`;
    if (change.operationType === 'insert' || change.operationType === 'replace') {
      console.log(`index ${collection} ${id}`, change.fullDocument);
    } else if (change.operationType === 'delete') {
      console.log(`unindex ${collection} ${id}`);
    }
  }
}).handler;
