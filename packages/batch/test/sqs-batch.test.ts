import { describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import doNotWaitForEmptyEventLoop from '@middy/do-not-wait-for-empty-event-loop';
import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { BatchFailedError, lanes, MalformedBatchError, RecordValidationError, sqsBatch } from '../src/index.js';
import { context, scripted, sqsEvent } from './fixtures.js';

const ids = (answer: { batchItemFailures: { itemIdentifier: string }[] }) =>
  answer.batchItemFailures.map((item) => item.itemIdentifier);

describe('sqsBatch, standard queue', () => {
  it('lists exactly the messages whose handler failed', async () => {
    const handler = sqsBatch(scripted());
    const event = sqsEvent([
      { id: 0 },
      { id: 1, fail: true },
      { id: 2, async: true },
      { id: 3, async: true, fail: true },
    ]);
    expect(ids(await handler(event, context))).toEqual(['m-1', 'm-3']);
  });

  it('answers an empty list when every message succeeded, and for an empty batch', async () => {
    const handler = sqsBatch(scripted());
    expect(await handler(sqsEvent([{ id: 0 }, { id: 1 }]), context)).toEqual({ batchItemFailures: [] });
    expect(await handler({ Records: [] }, context)).toEqual({ batchItemFailures: [] });
  });

  it('throws BatchFailedError (never an empty list) when every message failed', async () => {
    const handler = sqsBatch(scripted());
    const failing = handler(
      sqsEvent([
        { id: 0, fail: true },
        { id: 1, fail: true, async: true },
      ]),
      context,
    );
    await expect(failing).rejects.toBeInstanceOf(BatchFailedError);
    await expect(failing).rejects.toMatchObject({ code: 'BATCH_FAILED', failed: 2, total: 2 });
  });

  it('throws MalformedBatchError for a batch it cannot answer for', async () => {
    const handler = sqsBatch(scripted());
    await expect(handler({ Records: 'x' } as never, context)).rejects.toBeInstanceOf(MalformedBatchError);
    await expect(handler({ Records: [{ body: '{}' }] } as never, context)).rejects.toMatchObject({
      code: 'MALFORMED_BATCH',
    });
  });

  it('fails alone a record whose body is not JSON or fails the schema, with the issue path', async () => {
    const errors: unknown[] = [];
    const schema = z.object({ id: z.number(), price: z.number().positive() });
    const seen: number[] = [];
    const handler = sqsBatch((order) => void seen.push(order.price), {
      schema,
      onRecordError: (error) => errors.push(error),
    });
    const event = sqsEvent([{ id: 0, price: 1 }, { id: 1, price: -1 }, 'not json', { id: 3, price: 4 }]);
    expect(ids(await handler(event, context))).toEqual(['m-1', 'm-2']);
    expect(seen).toEqual([1, 4]);
    expect(errors[0]).toBeInstanceOf(RecordValidationError);
    expect((errors[0] as RecordValidationError).issues[0]?.path).toBe('price');
    expect(errors[1]).toBeInstanceOf(SyntaxError);
  });

  it('gives the handler the record, its index and the context', async () => {
    const infos: unknown[] = [];
    const handler = sqsBatch((_payload, info) => void infos.push([info.record.messageId, info.index, info.context]));
    await handler(sqsEvent([{ a: 1 }, { a: 2 }]), context);
    expect(infos).toEqual([
      ['m-0', 0, context],
      ['m-1', 1, context],
    ]);
  });

  it('reports (never acknowledges) the records not started when the Lambda deadline is near', async () => {
    let now = 1_000_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    const deadlineContext = { getRemainingTimeInMillis: () => 3_000 } as unknown as Context;
    const handler = sqsBatch(
      async (payload: unknown) => {
        now += (payload as { ms: number }).ms;
      },
      { deadlineMarginMs: 1_000 },
    );
    const answer = await handler(sqsEvent([{ ms: 500 }, { ms: 1_600 }, { ms: 1 }, { ms: 1 }]), deadlineContext);
    clock.mockRestore();
    expect(ids(answer)).toEqual(['m-2', 'm-3']);
  });

  it('reads the clock every 8th record of a synchronous run (a read costs as much as a small record)', async () => {
    let now = 0;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    const deadlineContext = { getRemainingTimeInMillis: () => 1_005 } as unknown as Context;
    const handler = sqsBatch(() => {
      now += 1;
    });
    const answer = await handler(sqsEvent(Array.from({ length: 20 }, (_, id) => ({ id }))), deadlineContext);
    clock.mockRestore();
    expect(ids(answer)).toEqual(Array.from({ length: 12 }, (_, i) => `m-${i + 8}`));
  });

  it('mounts on the router as the sqs handler', async () => {
    const app = router().on(sqs, sqsBatch(scripted()));
    const answer = await app.handler(sqsEvent([{ id: 0 }, { id: 1, fail: true }]), context);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
  });

  it('runs inside middy with a real middy middleware, mounted on the router', async () => {
    const wrapped = middy(sqsBatch(scripted())).use(doNotWaitForEmptyEventLoop());
    const app = router().on(sqs, wrapped);
    const lambdaContext = { ...context, callbackWaitsForEmptyEventLoop: true } as Context;
    const answer = await app.handler(sqsEvent([{ id: 0, fail: true }, { id: 1 }]), lambdaContext);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-0' }] });
    expect(lambdaContext.callbackWaitsForEmptyEventLoop).toBe(false);
  });
});

describe('sqsBatch, FIFO queue', () => {
  it('reports the first failure and every message after it, and runs none of them', async () => {
    const log: unknown[] = [];
    const handler = sqsBatch(scripted(log));
    const event = sqsEvent([{ id: 0 }, { id: 1, fail: true }, { id: 2 }, { id: 3 }], ['a', 'b', 'a', 'b']);
    expect(ids(await handler(event, context))).toEqual(['m-1', 'm-2', 'm-3']);
    expect(log).toEqual([0]);
  });

  it('with continueOtherGroups, reports only the failed group from its failure on', async () => {
    const log: unknown[] = [];
    const handler = sqsBatch(scripted(log), { continueOtherGroups: true });
    const event = sqsEvent(
      [{ id: 0 }, { id: 1, fail: true }, { id: 2 }, { id: 3 }, { id: 4, async: true }],
      ['a', 'b', 'a', 'b', 'a'],
    );
    expect(ids(await handler(event, context))).toEqual(['m-1', 'm-3']);
    expect(log).toEqual([0, 2, 4]);
  });

  it('with concurrency, runs groups in parallel and each group in order', async () => {
    const events: string[] = [];
    const handler = sqsBatch(
      async (payload: unknown) => {
        const { id } = payload as { id: string };
        events.push(`start ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${id}`);
      },
      { concurrency: lanes(4) },
    );
    const event = sqsEvent([{ id: 'a1' }, { id: 'b1' }, { id: 'a2' }, { id: 'b2' }], ['a', 'b', 'a', 'b']);
    expect(ids(await handler(event, context))).toEqual([]);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('end b1')).toBeLessThan(events.indexOf('start b2'));
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
  });
});

describe('sqsBatch, standard queue with concurrency', () => {
  it('never runs more than `concurrency` handlers at once', async () => {
    let running = 0;
    let peak = 0;
    const handler = sqsBatch(
      async () => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
      },
      { concurrency: lanes(3) },
    );
    await handler(sqsEvent(Array.from({ length: 10 }, (_, id) => ({ id }))), context);
    expect(peak).toBe(3);
  });
  it('runs in order with lanes(1), as without concurrency', async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const handler = sqsBatch(
      async (payload: unknown) => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        order.push((payload as { id: number }).id);
        running--;
      },
      { concurrency: lanes(1) },
    );
    await handler(sqsEvent(Array.from({ length: 5 }, (_, id) => ({ id }))), context);
    expect(peak).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('lists exactly the failed messages of a standard queue, whichever they are', async () => {
    const handler = sqsBatch((payload: unknown) => {
      if ((payload as { id: number }).id % 2 === 1) throw new Error('odd');
    });
    const answer = await handler(sqsEvent(Array.from({ length: 5 }, (_, id) => ({ id }))), context);
    expect(answer.batchItemFailures).toHaveLength(2);
  });
});
