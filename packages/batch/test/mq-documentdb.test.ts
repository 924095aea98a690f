import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { documentdbReference as documentdb } from '@switchboard/sources/documentdb';
import { mqActivemqReference as mqActivemq } from '@switchboard/sources/mq-activemq';
import { mqRabbitmqReference as mqRabbitmq } from '@switchboard/sources/mq-rabbitmq';
import { z } from 'zod';
import { BatchFailedError, documentdbBatch, mqActivemqBatch, mqRabbitmqBatch } from '../src/index.js';
import { context } from './fixtures.js';

describe('mqActivemqBatch and mqRabbitmqBatch', () => {
  it('decodes base64 data as JSON (or text) and resolves nothing when every message succeeds', async () => {
    const seen: unknown[] = [];
    expect(await mqActivemqBatch((order) => void seen.push(order))(mqActivemq.sample(), context)).toBeUndefined();
    await mqActivemqBatch((text) => void seen.push(typeof text), { data: 'text' })(mqActivemq.sample(), context);
    expect(seen).toEqual([{ orderId: 'order-1001', status: 'PAID' }, 'string']);
  });

  it('rejects the whole batch when one message fails, and stops there (no partial response for MQ)', async () => {
    const event = mqActivemq.sample();
    const twice = { ...event, messages: [...event.messages, ...event.messages, ...event.messages] };
    let calls = 0;
    const handler = mqActivemqBatch(() => {
      calls++;
      if (calls === 2) throw new Error('broker down');
    });
    await expect(handler(twice, context)).rejects.toBeInstanceOf(BatchFailedError);
    expect(calls).toBe(2);
  });

  it('fails the batch when a message fails its schema', async () => {
    const handler = mqRabbitmqBatch(() => undefined, { schema: z.object({ never: z.string() }) });
    await expect(handler(mqRabbitmq.sample(), context)).rejects.toMatchObject({ code: 'BATCH_FAILED' });
  });

  it('walks every RabbitMQ queue of the batch and mounts on the router', async () => {
    let calls = 0;
    const app = router().on(
      mqRabbitmq,
      mqRabbitmqBatch(() => void calls++, { data: 'bytes' }),
    );
    await app.handler(mqRabbitmq.sample(), context);
    const messages = Object.values(mqRabbitmq.sample().rmqMessagesByQueue).flat();
    expect(calls).toBe(messages.length);
  });
});

describe('documentdbBatch', () => {
  it('hands over each change event and rejects the batch on a failure', async () => {
    const kinds: string[] = [];
    const app = router().on(
      documentdb,
      documentdbBatch((change) => void kinds.push(change.operationType)),
    );
    expect(await app.handler(documentdb.sample(), context)).toBeUndefined();
    expect(kinds.length).toBe(documentdb.sample().events.length);
    const failing = documentdbBatch(() => Promise.reject(new Error('no')));
    await expect(failing(documentdb.sample(), context)).rejects.toBeInstanceOf(BatchFailedError);
  });
});
