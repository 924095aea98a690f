import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';
import { lambdaContext } from '@switchboard/testing';
import fc from 'fast-check';
import { BatchFailedError, kinesisBatch, lanes, sqsBatch } from '../src/index.js';
import { kinesisEvent, sequenceNumber, sqsEvent } from './fixtures.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hang = () => new Promise<never>(() => {});
const ids = (answer: { batchItemFailures: { itemIdentifier: string }[] }) =>
  answer.batchItemFailures.map((item) => item.itemIdentifier);

/** Each record's plan: `hang` never settles (a record still running at the Lambda timeout). */
interface Plan {
  readonly ms: number;
  readonly hang?: boolean;
}

/**
 * Real timers: a 150 ms "Lambda timeout" and a 100 ms margin put the
 * deadline about 50 ms in. `processed` collects the records whose handler finished.
 */
function timedBatch(plans: readonly Plan[], concurrency = 1) {
  const processed = new Set<string>();
  const handler = sqsBatch(
    async (payload: unknown, { record }) => {
      const plan = payload as Plan;
      if (plan.hang) await hang();
      await sleep(plan.ms);
      processed.add(record.messageId);
    },
    { deadlineMarginMs: 100, concurrency: lanes(concurrency) },
  );
  return { processed, run: () => handler(sqsEvent(plans), lambdaContext({ timeoutMs: 150 })) };
}

describe('batch answers at the Lambda deadline', () => {
  it('reports a record still running at the deadline and every record not run, before the timeout', async () => {
    const { processed, run } = timedBatch([{ ms: 1 }, { ms: 1 }, { ms: 0, hang: true }, { ms: 1 }, { ms: 1 }]);
    const started = Date.now();
    const answer = await run();
    expect(Date.now() - started).toBeLessThan(140);
    expect(ids(answer)).toEqual(['m-2', 'm-3', 'm-4']);
    expect([...processed]).toEqual(['m-0', 'm-1']);
  });

  it('answers through the router too, instead of letting the invocation time out', async () => {
    const handler = sqsBatch(async (value: unknown) => ((value as { stuck: boolean }).stuck ? hang() : undefined), {
      deadlineMarginMs: 100,
    });
    const app = router().on(sqs, handler);
    const event = sqsEvent([{ stuck: false }, { stuck: true }, { stuck: false }]);
    const answer = await app.handler(event, lambdaContext({ timeoutMs: 150 }));
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }, { itemIdentifier: 'm-2' }] });
  });

  it('loses no record: each one is either processed or reported, whatever hangs and however many run at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ ms: fc.integer({ min: 0, max: 20 }), hang: fc.boolean() }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 3 }),
        async (plans, concurrency) => {
          const { processed, run } = timedBatch(plans, concurrency);
          const outcome = await run().then(
            (answer) => ({ reported: ids(answer) }),
            (error: unknown) => ({ error }),
          );
          if ('error' in outcome) {
            // Nothing acknowledged: the whole batch is retried, which loses nothing either.
            expect(outcome.error).toBeInstanceOf(BatchFailedError);
            return;
          }
          // Read at once: a record finishing after the answer was reported failed, so it is retried, never lost.
          for (const [index] of plans.entries()) {
            const id = `m-${index}`;
            expect(processed.has(id) || outcome.reported.includes(id)).toBe(true);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('checkpoints a stream at the record still running, so Lambda retries from it', async () => {
    const handler = kinesisBatch(async (value: unknown) => (value === 'stuck' ? hang() : undefined), {
      deadlineMarginMs: 100,
    });
    const answer = await handler(kinesisEvent(['ok', 'ok', 'stuck', 'ok']), lambdaContext({ timeoutMs: 150 }));
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(2) }] });
  });

  it('throws for the whole batch when the first record is still running (nothing to acknowledge)', async () => {
    const handler = kinesisBatch(() => hang(), { deadlineMarginMs: 100 });
    await expect(handler(kinesisEvent(['stuck', 'ok']), lambdaContext({ timeoutMs: 150 }))).rejects.toBeInstanceOf(
      BatchFailedError,
    );
  });
});
