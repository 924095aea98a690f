import { describe, expect, it } from '@jest/globals';
import { checkEvent, type ResultOf, router } from '@switchboard/core';
import {
  type EventbridgeEvent,
  eventbridge,
  eventbridgeDetailTypes,
  eventbridgeReference,
  eventbridgeVariantOf,
} from '@switchboard/sources/eventbridge';
import type { EventBridgeHandler } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

// Type level. EventBridge handlers return nothing; known variants complete, any detail-type mounts.
expectTypeOf<ResultOf<typeof eventbridge>>().toEqualTypeOf<void>();
router()
  .on(eventbridge.variant('scheduled'), async (event) => {
    expectTypeOf(event['detail-type']).toEqualTypeOf<string>();
  })
  .on(eventbridge.variant('Order Placed'), async (event) => {
    expectTypeOf(event.detail).toEqualTypeOf<{ [key: string]: unknown }>();
  });
// A handler typed with @types/aws-lambda mounts without a cast.
const typed: EventBridgeHandler<string, unknown, void> = async () => {};
router().on(eventbridge, typed);

function sampleWith(patch: Record<string, unknown>): EventbridgeEvent {
  return { ...eventbridgeReference.sample(), ...patch };
}

const tableRows = Object.entries(eventbridgeDetailTypes).flatMap(([source, byDetailType]) =>
  Object.entries(byDetailType).map(([detailType, variant]) => [source, detailType, variant] as const),
);

describe('eventbridge', () => {
  it('detects its own sample as s3-object-created, and it passes its schema', () => {
    const sample = eventbridgeReference.sample();
    expect(eventbridge.detect(sample)).toBe(true);
    expect(eventbridge.variantOf?.(sample)).toBe('s3-object-created');
    expect(checkEvent(eventbridgeReference, sample)).toEqual([]);
  });

  it.each(tableRows)('names %s "%s" events %s', (source, detailType, variant) => {
    expect(eventbridge.variantOf?.(sampleWith({ source, 'detail-type': detailType }))).toBe(variant);
    expect(eventbridge.variants).toContain(variant);
  });

  it('gives every known event its own variant name', () => {
    expect(new Set(eventbridge.variants).size).toBe(tableRows.length);
  });

  it('names other events by their raw detail-type, even a known detail-type from another source', () => {
    expect(eventbridgeVariantOf('com.acme.orders', 'Order Placed')).toBe('Order Placed');
    expect(eventbridgeVariantOf('com.acme.storage', 'Object Created')).toBe('Object Created');
    expect(eventbridgeVariantOf('aws.s3', 'AWS API Call via CloudTrail')).toBe('AWS API Call via CloudTrail');
  });

  it('routes a raw detail-type to the handler mounted on it', async () => {
    const seen: string[] = [];
    const app = router()
      .on(eventbridge.variant('Order Placed'), async () => {
        seen.push('order');
      })
      .on(eventbridge, async () => {
        seen.push('other');
      });
    const context = {} as Parameters<typeof app.handler>[1];
    await app.handler(sampleWith({ source: 'com.acme.orders', 'detail-type': 'Order Placed' }), context);
    await app.handler(eventbridgeReference.sample(), context);
    expect(seen).toEqual(['order', 'other']);
  });

  it.each([
    ['null', null],
    ['an array', [eventbridgeReference.sample()]],
    ['an empty object', {}],
    [
      'a CloudWatch alarm action (alarmData, no detail)',
      { source: 'aws.cloudwatch', alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu', alarmData: {} },
    ],
    [
      'a detail-type without detail',
      { source: 'aws.cloudwatch', 'detail-type': 'CloudWatch Alarm State Change', alarmData: {} },
    ],
    ['a non-string detail-type', sampleWith({ 'detail-type': 42 })],
    ['a string detail', sampleWith({ detail: '{"a":1}' })],
  ])('does not claim %s', (_name, event) => {
    expect(eventbridge.detect(event)).toBe(false);
  });

  it('requires version, which AWS puts in every event', () => {
    const { version, ...withoutVersion } = eventbridgeReference.sample();
    expect(eventbridge.detect(withoutVersion)).toBe(true);
    expect(checkEvent(eventbridgeReference, withoutVersion).map((issue) => issue.path)).toEqual(['version']);
  });

  it('accepts fields AWS may add that the schema does not list', () => {
    const event = sampleWith({ 'replay-name': 'nightly-replay', extra: 'kept' });
    expect(checkEvent(eventbridgeReference, event)).toEqual([]);
  });
});
