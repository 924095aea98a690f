import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { type DynamodbRecord, dynamodb, dynamodbReference } from '@switchboard/sources/dynamodb';
import { kinesis } from '@switchboard/sources/kinesis';
import { z } from 'zod';
import {
  BatchFailedError,
  type DynamodbChange,
  dynamodbBatch,
  kinesisBatch,
  lanes,
  MalformedBatchError,
} from '../src/index.js';
import { context, dynamodbEvent, kinesisEvent, scripted, sequenceNumber } from './fixtures.js';

describe('kinesisBatch', () => {
  it('decodes base64 data as JSON by default, as text or bytes on request', async () => {
    const seen: unknown[] = [];
    const event = kinesisEvent([{ t: 21.4 }]);
    await kinesisBatch((value) => void seen.push(value))(event, context);
    await kinesisBatch((text) => void seen.push(text), { data: 'text' })(event, context);
    await kinesisBatch((bytes) => void seen.push(bytes instanceof Uint8Array), { data: 'bytes' })(event, context);
    expect(seen).toEqual([{ t: 21.4 }, '{"t":21.4}', true]);
  });

  it('stops at the first failure and answers its sequence number', async () => {
    const log: unknown[] = [];
    const answer = await kinesisBatch(scripted(log))(
      kinesisEvent([{ id: 0 }, { id: 1, fail: true }, { id: 2 }]),
      context,
    );
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(1) }] });
    expect(log).toEqual([0]);
  });

  it('with processAll, runs every record and answers the lowest failed sequence number', async () => {
    const log: unknown[] = [];
    const event = kinesisEvent([{ id: 0 }, { id: 1, fail: true }, { id: 2 }, { id: 3, fail: true }]);
    const answer = await kinesisBatch(scripted(log), { processAll: true })(event, context);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(1) }] });
    expect(log).toEqual([0, 2]);
  });

  it('throws when the first record fails (the checkpoint would acknowledge nothing)', async () => {
    const failing = kinesisBatch(scripted())(kinesisEvent([{ id: 0, fail: true }, { id: 1 }]), context);
    await expect(failing).rejects.toBeInstanceOf(BatchFailedError);
  });

  it('fails a record whose data does not pass the schema, alone', async () => {
    const schema = z.object({ t: z.number() });
    const event = kinesisEvent([{ t: 1 }, { t: 'hot' }, { t: 3 }]);
    const answer = await kinesisBatch(() => undefined, { schema, processAll: true })(event, context);
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumber(1) }]);
  });

  it('keeps each partition key in order with concurrency', async () => {
    const order: string[] = [];
    const handler = kinesisBatch(
      async (value: unknown) => {
        const { id, ms } = value as { id: string; ms: number };
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(id);
      },
      { concurrency: lanes(3) },
    );
    const event = kinesisEvent(
      [
        { id: 'a1', ms: 15 },
        { id: 'b1', ms: 1 },
        { id: 'a2', ms: 1 },
      ],
      ['a', 'b', 'a'],
    );
    await handler(event, context);
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });

  it('throws MalformedBatchError when a record has no sequence number', async () => {
    await expect(kinesisBatch(scripted())({ Records: [{}] } as never, context)).rejects.toBeInstanceOf(
      MalformedBatchError,
    );
  });

  it('mounts on the router', async () => {
    const app = router().on(kinesis, kinesisBatch(scripted()));
    expect(await app.handler(kinesisEvent([{ id: 0 }]), context)).toEqual({ batchItemFailures: [] });
  });
});

describe('dynamodbBatch', () => {
  // Found by the fuzz tests (test/fuzz): with concurrency, serialising such keys for the lane threw a RangeError.
  it('fails alone a record whose keys are nested too deeply to serialise, with concurrency', async () => {
    let deep: unknown = [];
    for (let level = 0; level < 20_000; level++) deep = [deep];
    const event = dynamodbEvent(['a', 'b']);
    Object.assign((event.Records[1] as DynamodbRecord).dynamodb, { Keys: { pk: deep } });
    const answer = await dynamodbBatch(() => undefined, { concurrency: lanes(2) })(event, context);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(1) }] });
  });

  it('hands over the change with keys and images unmarshalled', async () => {
    const changes: DynamodbChange[] = [];
    await dynamodbBatch((change) => void changes.push(change))(dynamodbReference.sample(), context);
    expect(changes[0]).toEqual({
      eventName: 'MODIFY',
      keys: { pk: 'ORDER#o-1001' },
      newImage: {
        pk: 'ORDER#o-1001',
        status: 'SHIPPED',
        amount: 42.5,
        items: [{ sku: 'SKU-7', qty: 2 }],
        tags: new Set(['priority', 'gift']),
      },
      oldImage: expect.objectContaining({ status: 'PAID' }),
    });
  });

  it('stops at the first failure and answers its sequence number', async () => {
    const handler = dynamodbBatch((change) => {
      if (change.keys.pk === 'bad') throw new Error('no');
    });
    const answer = await handler(dynamodbEvent(['a', 'b', 'bad', 'c']), context);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(2) }] });
  });

  it('mounts on the router', async () => {
    const app = router().on(
      dynamodb,
      dynamodbBatch(() => undefined),
    );
    expect(await app.handler(dynamodbEvent(['a']), context)).toEqual({ batchItemFailures: [] });
  });
});
