import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { SqsRecord } from '@switchboard/sources/sqs';
import { events, lambdaContext } from '@switchboard/testing';
import { handler as envelopeHandler, invoiced } from '../src/batch-envelopes.js';
import { balances, handler as fifoHandler } from '../src/batch-fifo.js';
import { handler as paymentsHandler, settled } from '../src/batch-sqs.js';
import { readings, searchIndex, handler as streamsHandler } from '../src/batch-streams.js';

const context = lambdaContext();
const idsOf = (records: readonly SqsRecord[], ...indexes: number[]) =>
  indexes.map((index) => ({ itemIdentifier: records[index]?.messageId }));

beforeEach(() => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('batch-sqs', () => {
  it('reports exactly the messages that are not JSON, fail the schema or make the handler throw', async () => {
    const event = events.sqs.fromBodies([
      { orderId: 'o-1', amount: 5 },
      'not json',
      { orderId: 'o-2', amount: -1 },
      { orderId: 'blocked-3', amount: 7 },
      { orderId: 'o-4', amount: 9 },
    ]);
    await expect(paymentsHandler(event, context)).resolves.toEqual({
      batchItemFailures: idsOf(event.Records, 1, 2, 3),
    });
    expect(settled).toEqual(['o-1', 'o-4']);
  });

  it('throws when no message succeeded, so the whole batch is retried', async () => {
    await expect(paymentsHandler(events.sqs.fromBodies(['x', 'y']), context)).rejects.toThrow();
  });
});

describe('batch-fifo', () => {
  it('fails the rest of a group after its first failure while the other groups go on', async () => {
    const a = events.sqs.fromBodies(
      [
        { account: 'a', amount: 10 },
        { account: 'a', amount: -50 },
        { account: 'a', amount: 5 },
      ],
      { fifo: true, messageGroupId: 'a' },
    );
    const b = events.sqs.fromBodies(
      [
        { account: 'b', amount: 3 },
        { account: 'b', amount: 4 },
      ],
      { fifo: true, messageGroupId: 'b' },
    );
    const records = [a.Records[0], b.Records[0], a.Records[1], b.Records[1], a.Records[2]] as SqsRecord[];
    await expect(fifoHandler({ Records: records }, context)).resolves.toEqual({
      batchItemFailures: idsOf(records, 2, 4),
    });
    expect(Object.fromEntries(balances)).toEqual({ a: 10, b: 7 });
  });
});

describe('batch-streams', () => {
  it('decodes Kinesis data and stops at the first invalid reading, answering its sequence number', async () => {
    const [template] = events.kinesis().Records;
    if (template === undefined) throw new Error('the kinesis sample has a record');
    const record = (sequenceNumber: string, reading: unknown) => ({
      ...template,
      kinesis: { ...template.kinesis, sequenceNumber, data: Buffer.from(JSON.stringify(reading)).toString('base64') },
    });
    const event = {
      Records: [
        record('1', { sensor: 's-1', celsius: 21.5 }),
        record('2', { sensor: 's-1', celsius: 'hot' }),
        record('3', { sensor: 's-1', celsius: 22 }),
      ],
    };
    await expect(streamsHandler(event, context)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(readings).toEqual([21.5]);
  });

  it('indexes DynamoDB changes unmarshalled, and removes deleted items', async () => {
    await expect(streamsHandler(events.dynamodb(), context)).resolves.toEqual({ batchItemFailures: [] });
    expect(searchIndex.get('ORDER#o-1001')).toMatchObject({
      status: 'SHIPPED',
      amount: 42.5,
      tags: new Set(['priority', 'gift']),
    });
    const removal = events.dynamodb();
    const [change] = removal.Records;
    if (change === undefined) throw new Error('the dynamodb sample has a record');
    await streamsHandler({ Records: [{ ...change, eventName: 'REMOVE' }] }, context);
    expect(searchIndex.has('ORDER#o-1001')).toBe(false);
  });
});

describe('batch-envelopes', () => {
  it('unwraps SNS notifications delivered through SQS, failing a message that is not one', async () => {
    const notification = { ...events.sns().Records[0]?.Sns, Message: JSON.stringify({ orderId: 'o-7', total: 12 }) };
    const event = events.sqs.fromBodies([notification, { orderId: 'o-8', total: 3 }]);
    await expect(envelopeHandler(event, context)).resolves.toEqual({ batchItemFailures: idsOf(event.Records, 1) });
    expect(invoiced).toEqual(['o-7']);
  });
});
