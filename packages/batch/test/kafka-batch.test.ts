import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { kafkaReference as kafka } from '@switchboard/sources/kafka';
import { mskReference as msk } from '@switchboard/sources/msk';
import { BatchFailedError, kafkaBatch, mskBatch } from '../src/index.js';
import { context, kafkaEvent, scripted } from './fixtures.js';

describe('kafkaBatch and mskBatch', () => {
  it('decodes the key as text and the value as JSON', async () => {
    const seen: unknown[] = [];
    await mskBatch((message) => void seen.push(message))(msk.sample(), context);
    expect(seen).toEqual([{ key: 'order-1001', value: { orderId: 'order-1001', total: 42.5 } }]);
  });

  it('answers the partial batch response AWS documents: { partition: "<topic>-<partition>", offset }', async () => {
    const handler = kafkaBatch((message) => scripted()(message.value), { partialResponse: true });
    const event = kafkaEvent([[{ id: 'a' }, { id: 'b', fail: true }, { id: 'c' }], [{ id: 'd' }]]);
    expect(await handler(event, context)).toEqual({
      batchItemFailures: [
        { itemIdentifier: { partition: 't-0', offset: 101 } },
        { itemIdentifier: { partition: 't-0', offset: 102 } },
      ],
    });
  });

  it('goes on with other partitions after a failure, and stops the failed one', async () => {
    const log: unknown[] = [];
    const handler = kafkaBatch((message) => scripted(log)(message.value), { partialResponse: true });
    await handler(
      kafkaEvent([
        [{ id: 'a', fail: true }, { id: 'b' }],
        [{ id: 'c' }, { id: 'd' }],
      ]),
      context,
    );
    expect(log).toEqual(['c', 'd']);
  });

  it('throws on any failure when partial responses are off (the default)', async () => {
    const handler = kafkaBatch((message) => scripted()(message.value));
    await expect(handler(kafkaEvent([[{ id: 'a' }, { id: 'b', fail: true }]]), context)).rejects.toBeInstanceOf(
      BatchFailedError,
    );
    expect(await handler(kafkaEvent([[{ id: 'a' }]]), context)).toBeUndefined();
  });

  it('mounts on the router for both Kafka sources', async () => {
    const app = router()
      .on(
        kafka,
        kafkaBatch(() => undefined, { partialResponse: true }),
      )
      .on(
        msk,
        mskBatch(() => undefined),
      );
    expect(await app.handler(kafka.sample(), context)).toEqual({ batchItemFailures: [] });
    expect(await app.handler(msk.sample(), context)).toBeUndefined();
  });
});
