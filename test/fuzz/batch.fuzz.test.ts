/**
 * The batch layer under fuzzing: SQS (standard and FIFO), Kinesis and
 * DynamoDB Streams batches with hostile payloads, a handler that fails at
 * random (sync or async, throwing Errors or not), schemas, concurrency, and
 * at times a mutated event. Whatever happens, no record whose handler did
 * not succeed is acknowledged, no identifier is listed twice, the answer
 * passes the source's response schema, and anything thrown is typed.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { dynamodbBatch, kinesisBatch, lanes, sqsBatch } from '@switchboard/batch';
import { checkResponse, type DescribedSource, router, SwitchboardError, UnknownEventError } from '@switchboard/core';
import { dynamodbReference } from '@switchboard/sources/dynamodb';
import { kinesisReference } from '@switchboard/sources/kinesis';
import { sqsReference } from '@switchboard/sources/sqs';
import { lambdaContext } from '@switchboard/testing';
import fc from 'fast-check';
import * as z from 'zod';
import { type BatchCase, type BatchKind, batchCaseArb, type Step, sequenceNumberOf } from './batch-events.js';
import { marker } from './hostile.js';
import { expectTypedError, outcomeOf } from './outcome.js';
import { assertNoPollution, pollutionKey } from './pollution.js';
import { assertNoLoggedValues, useQuietConsole } from './quiet-console.js';
import { fuzz, propertyTimeoutMs } from './runs.js';

useQuietConsole();
afterEach(assertNoPollution);

const context = lambdaContext({ timeoutMs: 60_000 });

// Any payload but a string: some records of every batch fail validation.
const notText = z.custom<unknown>((value) => typeof value !== 'string');

function thrownBy(step: Step, index: number): unknown {
  if (step.thrown === 'error') return new Error(`record ${index} failed: ${marker}`);
  return step.thrown === 'string' ? marker : undefined;
}

/** The app for one case, and what its record handler saw: which records succeeded, and prototype injections. */
function appFor(batchCase: BatchCase) {
  const succeeded = new Set<number>();
  const injected: string[] = [];
  const handleRecord = (payload: unknown, { index }: { index: number }) => {
    // A payload built from hostile keys must not inherit them (DynamoDB images are unmarshalled into new objects).
    const image = (payload as { newImage?: unknown } | null)?.newImage;
    if (typeof image === 'object' && image !== null && pollutionKey in image && !Object.hasOwn(image, pollutionKey)) {
      injected.push(`record ${index}: the image inherits "${pollutionKey}"`);
    }
    const step = batchCase.plan[index % batchCase.plan.length] as Step;
    const settle = () => {
      if (step.fail) throw thrownBy(step, index);
      succeeded.add(index);
    };
    return step.async ? Promise.resolve().then(settle) : settle();
  };
  const { concurrency, processAll } = batchCase;
  const schema = batchCase.withSchema ? { schema: notText } : {};
  const mounted: Record<BatchKind, [DescribedSource, unknown]> = {
    sqs: [sqsReference, sqsBatch(handleRecord, { concurrency: lanes(concurrency), ...schema })],
    'sqs-fifo': [
      sqsReference,
      sqsBatch(handleRecord, { concurrency: lanes(concurrency), continueOtherGroups: processAll, ...schema }),
    ],
    kinesis: [kinesisReference, kinesisBatch(handleRecord, { concurrency: lanes(concurrency), processAll, ...schema })],
    dynamodb: [
      dynamodbReference,
      dynamodbBatch(handleRecord, { concurrency: lanes(concurrency), processAll, ...schema }),
    ],
  };
  const [source, handler] = mounted[batchCase.kind];
  const app = router().on(source, handler as never);
  return { app, succeeded, injected };
}

/** Record indices the answer acknowledges: all but the listed ids (SQS), or those before the checkpoint (streams). */
function acknowledged(kind: BatchKind, records: readonly unknown[], listed: readonly string[]): number[] {
  const indices = records.map((_record, index) => index);
  if (kind === 'sqs' || kind === 'sqs-fifo') {
    return indices.filter((index) => !listed.includes((records[index] as { messageId: string }).messageId));
  }
  expect(listed.length).toBeLessThanOrEqual(1);
  const [checkpoint] = listed;
  if (checkpoint === undefined) return indices;
  expect(records.map((record) => sequenceNumberOf(kind, record))).toContain(checkpoint);
  return indices.filter((index) => isBefore(String(sequenceNumberOf(kind, records[index])), checkpoint));
}

/** Stream order: sequence numbers are decimal strings longer than a double holds, so by length, then digits. */
const isBefore = (a: string, b: string) => (a.length === b.length ? a < b : a.length < b.length);

describe('the batch layer under fuzzing', () => {
  it(
    'acknowledges only records whose handler succeeded, lists none twice, and answers in the source’s schema',
    async () => {
      await fuzz(
        'batch outcomes',
        fc.asyncProperty(batchCaseArb, async (batchCase) => {
          const { app, succeeded, injected } = appFor(batchCase);
          const { event } = batchCase;
          // The sources mounted here are described (see `appFor`), so the one that claims the event is too.
          const claimed = app.match(event)?.source as DescribedSource | undefined;
          const outcome = await outcomeOf(() => app.handler(event, context));
          assertNoPollution();
          assertNoLoggedValues();
          expect(injected).toEqual([]);
          if (claimed === undefined) {
            if (outcome.ok) throw new Error('A batch no source claims was answered');
            return expectTypedError(outcome.error, [UnknownEventError]);
          }
          // A rejection retries the whole batch (nothing is lost): it must say why, in a typed error.
          if (!outcome.ok) return expectTypedError(outcome.error, [SwitchboardError]);
          const answer = outcome.value as { batchItemFailures: { itemIdentifier: string }[] };
          expect(checkResponse(claimed, answer)).toEqual([]);
          const listed = answer.batchItemFailures.map((item) => item.itemIdentifier);
          const records = (event as { Records: unknown[] }).Records;
          // Listed once each, when the batch's ids are distinct (a mutated batch may repeat one; AWS never does).
          const ids = records.map((record) => (record as { messageId?: unknown }).messageId);
          if (new Set(ids).size === ids.length) expect(new Set(listed).size).toBe(listed.length);
          for (const index of acknowledged(batchCase.kind, records, listed)) {
            if (!succeeded.has(index)) throw new Error(`Record ${index} was acknowledged, its handler did not succeed`);
          }
        }),
      );
    },
    propertyTimeoutMs,
  );
});
