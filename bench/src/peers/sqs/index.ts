import * as handWritten from './hand-written.js';
import * as middy from './middy.js';
import * as powertoolsBatch from './powertools-batch.js';
import type { SqsPeer } from './sqs-peer.js';
import * as switchboardBatch from './switchboard-batch.js';
import * as switchboardRouter from './switchboard-router.js';

/** The SQS baseline, by its module name (cold start and bundle size import it by that name). */
export const sqsBaseline = { module: 'hand-written', peer: handWritten as SqsPeer } as const;

/** Every other SQS candidate, keyed by module file name; `sqsBatch` first, the headline. */
export const sqsPeers: Readonly<Record<string, SqsPeer>> = {
  'switchboard-batch': switchboardBatch,
  'switchboard-router': switchboardRouter,
  middy,
  'powertools-batch': powertoolsBatch,
};
