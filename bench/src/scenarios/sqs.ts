import { router } from '@switchboard/core';
import { sqsReference, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { orderBatch, orderBatchFailures } from '../events/sqs.js';
import type { Candidate, Scenario } from '../harness.js';
import { failedMessageIds } from '../peers/sqs/hand-written.js';
import { sqsBaseline, sqsPeers } from '../peers/sqs/index.js';
import { sqsInnerSchema } from '../peers/sqs/powertools-batch.js';
import type { SqsPeer } from '../peers/sqs/sqs-peer.js';
import { context } from './context.js';

function candidate(name: string, peer: SqsPeer, event: unknown): Candidate {
  const handler = peer.sqs();
  // Each candidate gets its own copy: one that mutates its event must not change the others' input.
  const own = structuredClone(event);
  return { name, invoke: () => handler(own, context) };
}

/** An SQS batch of ten, zod per record, one failure: every candidate must answer exactly `batchItemFailures` [m-6]. */
export function sqsScenario(): Scenario {
  const event = orderBatch();
  // Full event validation on top of the router, for reference (off by default).
  const validating = router({ validateEvent: true }).on(sqsReference, async (e) =>
    toSqsBatchResponse(failedMessageIds(e.Records)),
  ).handler;
  return {
    name: 'SQS batch of 10, one failure',
    expected: orderBatchFailures,
    baseline: candidate(sqsBaseline.module, sqsBaseline.peer, event),
    candidates: [
      ...Object.entries(sqsPeers).map(([module, peer]) => candidate(module, peer, event)),
      candidate('Powertools batch, innerSchema', { sqs: sqsInnerSchema }, event),
      { name: 'switchboard router, validateEvent', invoke: () => validating(event, context) },
    ],
  };
}
