/**
 * Property-based proofs, over random batches and random failure sets, that no
 * record whose handler did not succeed is ever acknowledged, that FIFO and
 * stream ordering rules hold, and that a batch with nothing acknowledged throws.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { documentdbReference as documentdb } from '@switchboard/sources/documentdb';
import { mqActivemqReference as mqActivemq } from '@switchboard/sources/mq-activemq';
import type { Context } from 'aws-lambda';
import fc from 'fast-check';
import {
  BatchFailedError,
  documentdbBatch,
  dynamodbBatch,
  kafkaBatch,
  kinesisBatch,
  lanes,
  mqActivemqBatch,
  sqsBatch,
} from '../src/index.js';
import type { RecordInfo } from '../src/types.js';
import { context, dynamodbEvent, kafkaEvent, kinesisEvent, numRuns, sequenceNumber, sqsEvent } from './fixtures.js';

interface Spec {
  readonly fail: boolean;
  readonly async: boolean;
  readonly lane: number;
}

const specArb = fc.record({ fail: fc.boolean(), async: fc.boolean(), lane: fc.integer({ min: 0, max: 2 }) });
const batchArb = fc.array(specArb, { maxLength: 14 });
const concurrencyArb = fc.integer({ min: 1, max: 4 });

/** A handler driven by the specs (by index), recording which records succeeded. */
function driven(specs: readonly Spec[], succeeded: Set<number>) {
  return (_payload: unknown, { index }: RecordInfo<unknown>) => {
    const spec = specs[index] as Spec;
    const settle = () => {
      if (spec.fail) throw new Error(`record ${index} failed`);
      succeeded.add(index);
    };
    return spec.async ? Promise.resolve().then(settle) : settle();
  };
}

async function outcome<T>(run: Promise<T>): Promise<{ answer?: T; error?: unknown }> {
  try {
    return { answer: await run };
  } catch (error) {
    return { error };
  }
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const failedIndices = (answer: { batchItemFailures: { itemIdentifier: string }[] }) =>
  answer.batchItemFailures.map((item) => Number(item.itemIdentifier.slice(2)));

/** The shared safety rule: every index not reported failed must have succeeded. */
function expectOnlySucceededAcknowledged(total: number, reported: readonly number[], succeeded: Set<number>) {
  for (const index of range(0, total)) if (!reported.includes(index)) expect(succeeded.has(index)).toBe(true);
}

describe('properties: SQS', () => {
  it('standard: reports exactly the failed messages; all failed throws', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, concurrencyArb, async (specs, concurrency) => {
        const succeeded = new Set<number>();
        const event = sqsEvent(specs.map((_, id) => ({ id })));
        const result = await outcome(
          sqsBatch(driven(specs, succeeded), { concurrency: lanes(concurrency) })(event, context),
        );
        const failing = range(0, specs.length).filter((i) => specs[i]?.fail);
        if (specs.length > 0 && failing.length === specs.length) {
          expect(result.error).toBeInstanceOf(BatchFailedError);
          return;
        }
        const reported = failedIndices(result.answer as never);
        expect(reported).toEqual(failing);
        expectOnlySucceededAcknowledged(specs.length, reported, succeeded);
      }),
      { numRuns },
    );
  });

  it('FIFO: the first failure and every message after it are reported; per group with continueOtherGroups', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, concurrencyArb, fc.boolean(), async (specs, concurrency, continueOtherGroups) => {
        const succeeded = new Set<number>();
        const groups = specs.map((spec) => `g${spec.lane}`);
        const event = sqsEvent(
          specs.map((_, id) => ({ id })),
          groups,
        );
        const handler = sqsBatch(driven(specs, succeeded), { concurrency: lanes(concurrency), continueOtherGroups });
        const result = await outcome(handler(event, context));
        const expected = range(0, specs.length).filter((i) =>
          continueOtherGroups
            ? specs.some((spec, j) => j <= i && spec.fail && groups[j] === groups[i])
            : specs.some((spec, j) => j <= i && spec.fail),
        );
        if (specs.length > 0 && expected.length === specs.length) {
          expect(result.error).toBeInstanceOf(BatchFailedError);
          return;
        }
        const reported = failedIndices(result.answer as never);
        expect(reported).toEqual(expected);
        expectOnlySucceededAcknowledged(specs.length, reported, succeeded);
      }),
      { numRuns },
    );
  });
});

describe('properties: Kinesis and DynamoDB Streams', () => {
  const sources = [
    {
      name: 'kinesis',
      run: (specs: readonly Spec[], succeeded: Set<number>, options: object) =>
        kinesisBatch(driven(specs, succeeded), options)(
          kinesisEvent(
            specs.map((_, id) => ({ id })),
            specs.map((spec) => `pk${spec.lane}`),
          ),
          context,
        ),
    },
    {
      name: 'dynamodb',
      run: (specs: readonly Spec[], succeeded: Set<number>, options: object) =>
        dynamodbBatch(driven(specs, succeeded), options)(
          dynamodbEvent(specs.map((spec) => `item-${spec.lane}`)),
          context,
        ),
    },
  ];

  for (const source of sources) {
    it(`${source.name}: reports the first failure's sequence number; nothing after it is acknowledged`, async () => {
      await fc.assert(
        fc.asyncProperty(batchArb, concurrencyArb, fc.boolean(), async (specs, concurrency, processAll) => {
          const succeeded = new Set<number>();
          const result = await outcome(source.run(specs, succeeded, { concurrency: lanes(concurrency), processAll }));
          const firstFailure = specs.findIndex((spec) => spec.fail);
          if (firstFailure === 0) {
            // A checkpoint at the first record acknowledges nothing: the batch is retried whole.
            expect(result.error).toBeInstanceOf(BatchFailedError);
            return;
          }
          const items = (result.answer as { batchItemFailures: { itemIdentifier: string }[] }).batchItemFailures;
          if (firstFailure === -1) {
            expect(items).toEqual([]);
            return;
          }
          // In order or in parallel, the checkpoint is the first failure's sequence number...
          expect(items).toEqual([{ itemIdentifier: sequenceNumber(firstFailure) }]);
          // ...and everything before it (all that Lambda acknowledges) succeeded.
          for (const index of range(0, firstFailure)) expect(succeeded.has(index)).toBe(true);
        }),
        { numRuns },
      );
    });
  }
});

describe('properties: Kafka', () => {
  const partitionsArb = fc.array(fc.array(specArb, { maxLength: 6 }), { minLength: 1, maxLength: 3 });

  it('partial response: each partition from its first failure on is reported; nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(partitionsArb, concurrencyArb, async (partitions, concurrency) => {
        const specs = partitions.flat();
        const succeeded = new Set<number>();
        const event = kafkaEvent(partitions.map((list) => list.map((_, i) => ({ i }))));
        const handler = kafkaBatch(driven(specs, succeeded), {
          partialResponse: true,
          concurrency: lanes(concurrency),
        });
        const result = await outcome(handler(event, context));
        const expected = partitions.flatMap((list, partition) => {
          const first = list.findIndex((spec) => spec.fail);
          return first === -1
            ? []
            : range(first, list.length).map((i) => ({ partition: `t-${partition}`, offset: 100 + i }));
        });
        if (specs.length > 0 && expected.length === specs.length) {
          expect(result.error).toBeInstanceOf(BatchFailedError);
          return;
        }
        const reported = result.answer?.batchItemFailures.map((item) => item.itemIdentifier) ?? [];
        expect(reported).toEqual(expected);
        let index = 0;
        partitions.forEach((list, partition) => {
          list.forEach((_, i) => {
            const listed = reported.some((id) => id.partition === `t-${partition}` && id.offset === 100 + i);
            if (!listed) expect(succeeded.has(index)).toBe(true);
            index++;
          });
        });
      }),
      { numRuns },
    );
  });

  it('without partial response: any failure throws, else the batch is acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(partitionsArb, async (partitions) => {
        const specs = partitions.flat();
        const event = kafkaEvent(partitions.map((list) => list.map((_, i) => ({ i }))));
        const result = await outcome(kafkaBatch(driven(specs, new Set()))(event, context));
        if (specs.some((spec) => spec.fail)) expect(result.error).toBeInstanceOf(BatchFailedError);
        else expect(result).toEqual({ answer: undefined });
      }),
      { numRuns },
    );
  });
});

describe('properties: Amazon MQ and DocumentDB (no partial response)', () => {
  it('any failure throws and stops the batch; no failure resolves', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, fc.boolean(), async (specs, useMq) => {
        const succeeded = new Set<number>();
        const run = useMq
          ? mqActivemqBatch(driven(specs, succeeded))(
              { ...mqActivemq.sample(), messages: specs.map(() => mqActivemq.sample().messages[0] as never) },
              context,
            )
          : documentdbBatch(driven(specs, succeeded))(
              { ...documentdb.sample(), events: specs.map(() => documentdb.sample().events[0] as never) },
              context,
            );
        const result = await outcome(run);
        const firstFailure = specs.findIndex((spec) => spec.fail);
        if (firstFailure === -1) {
          expect(result).toEqual({ answer: undefined });
          return;
        }
        expect(result.error).toBeInstanceOf(BatchFailedError);
        expect([...succeeded].every((index) => index < firstFailure)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('properties: the Lambda deadline', () => {
  it('records not started before the deadline are reported, never acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(
        batchArb,
        fc.integer({ min: 0, max: 16 }),
        concurrencyArb,
        async (specs, budget, concurrency) => {
          let now = 0;
          const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
          const succeeded = new Set<number>();
          const handle = driven(specs, succeeded);
          const timed = (payload: unknown, info: RecordInfo<unknown>) => {
            now += 1; // each record takes 1 ms of a budget of `budget` ms
            return handle(payload, info);
          };
          const late = { getRemainingTimeInMillis: () => budget + 1_000 } as unknown as Context;
          const event = sqsEvent(specs.map((_, id) => ({ id })));
          const result = await outcome(sqsBatch(timed, { concurrency: lanes(concurrency) })(event, late));
          clock.mockRestore();
          if (result.error !== undefined) {
            expect(result.error).toBeInstanceOf(BatchFailedError);
            return;
          }
          const reported = failedIndices(result.answer as never);
          expectOnlySucceededAcknowledged(specs.length, reported, succeeded);
          expect(reported.length).toBe(specs.length - succeeded.size);
        },
      ),
      { numRuns },
    );
  });
});
