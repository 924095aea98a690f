import { describe, expect, it } from '@jest/globals';
import { eventbridgeReference } from '@switchboard/sources/eventbridge';
import { s3Reference } from '@switchboard/sources/s3';
import { snsReference } from '@switchboard/sources/sns';
import { z } from 'zod';
import { asText, fromEventbridge, fromS3, fromSns, fromSnsS3, sqsBatch } from '../src/index.js';
import { context, sqsEvent } from './fixtures.js';

const snsBody = (message: string) => JSON.stringify({ ...snsReference.sample().Records[0]?.Sns, Message: message });

describe('envelopes', () => {
  it('SNS-to-SQS: the payload is the notification Message, parsed and checked by the schema', async () => {
    const schema = z.object({ orderId: z.string() });
    const seen: string[] = [];
    const handler = sqsBatch((order) => void seen.push(order.orderId), { parse: fromSns, schema });
    const event = sqsEvent([snsBody('{"orderId":"o-1"}'), snsBody('{"nope":1}'), '{"not":"sns"}']);
    const answer = await handler(event, context);
    expect(seen).toEqual(['o-1']);
    expect(answer.batchItemFailures.map((item) => item.itemIdentifier)).toEqual(['m-1', 'm-2']);
  });

  it('EventBridge-to-SQS: the payload is the event detail', () => {
    const event = eventbridgeReference.sample();
    expect(fromEventbridge(JSON.stringify(event))).toEqual(event.detail);
  });

  it('S3-to-SQS and S3-to-SNS-to-SQS: the payload is the S3 event; the S3 test event has no records', () => {
    const s3Event = s3Reference.sample();
    expect(fromS3(JSON.stringify(s3Event))).toEqual(s3Event);
    expect(fromSnsS3(snsBody(JSON.stringify(s3Event)))).toEqual(s3Event);
    const testEvent = { Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2024-05-14T09:30:12Z', Bucket: 'b' };
    expect(fromS3(JSON.stringify(testEvent))).toEqual({ Records: [] });
  });

  it('asText keeps the body as it is', async () => {
    const seen: string[] = [];
    await sqsBatch((line) => void seen.push(line), { parse: asText })(sqsEvent(['plain text']), context);
    expect(seen).toEqual(['plain text']);
  });
});
