/**
 * Real events of every poll source from the shared corpus, each run through
 * its batch handler: all records succeed (an empty answer), then all fail
 * (a thrown BatchFailedError), and for multi-record batches one fails alone.
 */
import { describe, expect, it } from '@jest/globals';
import { corpusAvailable, readManifest, readPayload } from '../../sources/test/corpus.js';
import {
  BatchFailedError,
  documentdbBatch,
  dynamodbBatch,
  kinesisBatch,
  mqActivemqBatch,
  mqRabbitmqBatch,
  mskBatch,
  sqsBatch,
} from '../src/index.js';
import { context } from './fixtures.js';

type Handle = (handler: (payload: unknown) => unknown) => (event: never, context: never) => Promise<unknown>;

// Raw bytes: corpus payloads are whatever their authors put there, not always JSON.
const factories: Record<string, Handle> = {
  sqs: (h) => sqsBatch(h, { parse: (body) => body }) as never,
  kinesis: (h) => kinesisBatch(h, { data: 'bytes' }) as never,
  dynamodb: (h) => dynamodbBatch(h) as never,
  msk: (h) => mskBatch(h, { value: 'bytes', partialResponse: true }) as never,
  'mq-activemq': (h) => mqActivemqBatch(h, { data: 'bytes' }) as never,
  'mq-rabbitmq': (h) => mqRabbitmqBatch(h, { data: 'bytes' }) as never,
  documentdb: (h) => documentdbBatch(h) as never,
};

const entries = corpusAvailable
  ? readManifest().filter((entry) => entry.kind === 'event' && entry.source in factories)
  : [];

describe('real corpus events of every poll source', () => {
  if (!corpusAvailable) {
    it.skip('needs the shared corpus (../shared/corpus/manifest.json or SWITCHBOARD_CORPUS); not found, skipped', () => {});
    return;
  }

  it('covers every poll source the corpus has', () => {
    const covered = new Set(entries.map((entry) => entry.source));
    expect([...covered].sort()).toEqual([
      'documentdb',
      'dynamodb',
      'kinesis',
      'mq-activemq',
      'mq-rabbitmq',
      'msk',
      'sqs',
    ]);
  });

  for (const entry of entries) {
    it(`${entry.source}: ${entry.file}`, async () => {
      const event = readPayload(entry) as never;
      const make = factories[entry.source] as Handle;
      let seen = 0;
      const answer = await make(() => void seen++)(event, context as never);
      expect(seen).toBeGreaterThan(0);
      if (answer !== undefined) expect(answer).toEqual({ batchItemFailures: [] });
      await expect(make(() => Promise.reject(new Error('down')))(event, context as never)).rejects.toBeInstanceOf(
        BatchFailedError,
      );
      if (seen > 1 && entry.source === 'sqs') {
        let calls = 0;
        const partial = (await make(() => {
          if (calls++ === 1) throw new Error('second fails');
        })(event, context as never)) as { batchItemFailures: unknown[] };
        expect(partial.batchItemFailures).toHaveLength(1);
      }
    });
  }
});
