import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource } from '@switchboard/core';
import { allSources, decodeS3Key, eventbridgeReference, s3Reference, sqsReference } from '@switchboard/sources';
import { events } from '../src/index.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('events.sqs.fromBodies', () => {
  it('sends one message per body, objects as JSON, with SQS digests and distinct ids', () => {
    const event = events.sqs.fromBodies([{ orderId: 'o-1' }, 'plain text']);
    expect(event.Records.map((record) => record.body)).toEqual(['{"orderId":"o-1"}', 'plain text']);
    for (const record of event.Records) expect(record.md5OfBody).toBe(md5(record.body));
    expect(new Set(event.Records.map((record) => record.messageId)).size).toBe(2);
    expect(checkEvent(sqsReference, event)).toEqual([]);
    expect(detectSource(allSources, event)).toEqual({ source: sqsReference, variant: 'standard' });
  });

  it('builds a FIFO batch: .fifo queue, message group, increasing sequence numbers', () => {
    const event = events.sqs.fromBodies(['a', 'b'], { fifo: true });
    expect(detectSource(allSources, event)).toEqual({ source: sqsReference, variant: 'fifo' });
    expect(event.Records.map((record) => record.attributes.MessageGroupId)).toEqual(['default', 'default']);
    const [first, second] = event.Records.map((record) => BigInt(record.attributes.SequenceNumber ?? '0'));
    expect((second ?? 0n) > (first ?? 0n)).toBe(true);
    expect(checkEvent(sqsReference, event)).toEqual([]);
  });

  it('makes an empty batch from no bodies', () => {
    expect(events.sqs.fromBodies([]).Records).toEqual([]);
  });
});

describe('events.s3.put and events.eventbridge.scheduled', () => {
  it('notifies an ObjectCreated:Put of the key, URL-encoded as S3 sends it', () => {
    const event = events.s3.put('uploads', 'photos/red flower é.jpg');
    const [record] = event.Records;
    expect(record?.s3.bucket).toMatchObject({ name: 'uploads', arn: 'arn:aws:s3:::uploads' });
    expect(record?.s3.object.key).toBe('photos/red+flower+%C3%A9.jpg');
    expect(decodeS3Key(record?.s3.object.key ?? '')).toBe('photos/red flower é.jpg');
    expect(detectSource(allSources, event)).toEqual({ source: s3Reference, variant: 'ObjectCreated' });
    expect(checkEvent(s3Reference, event)).toEqual([]);
  });

  it('sends the scheduled event of a rule', () => {
    const event = events.eventbridge.scheduled('arn:aws:events:us-east-1:123456789012:rule/nightly');
    expect(event.resources).toEqual(['arn:aws:events:us-east-1:123456789012:rule/nightly']);
    expect(detectSource(allSources, event)).toEqual({ source: eventbridgeReference, variant: 'scheduled' });
    expect(checkEvent(eventbridgeReference, event)).toEqual([]);
  });
});
