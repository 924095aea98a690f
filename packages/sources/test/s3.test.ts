import { describe, expect, it } from '@jest/globals';
import { checkEvent, type ResultOf, router } from '@switchboard/core';
import { decodeS3Key, type S3Event, s3, s3EventFamilies, s3Reference } from '@switchboard/sources/s3';
import { expectTypeOf } from 'expect-type';

// Type level. S3 handlers return nothing; variants are the eventName families.
expectTypeOf<ResultOf<typeof s3>>().toEqualTypeOf<void>();
router().on(s3.variant('ObjectRemoved'), async (event) => {
  expectTypeOf(event.Records[0]?.s3.object.key).toEqualTypeOf<string | undefined>();
});

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = s3Reference.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('s3', () => {
  it('detects its own sample as ObjectCreated, and it passes its schema', () => {
    const sample = s3Reference.sample();
    expect(s3.detect(sample)).toBe(true);
    expect(s3.variantOf?.(sample)).toBe('ObjectCreated');
    expect(checkEvent(s3Reference, sample)).toEqual([]);
  });

  it.each([
    ['ObjectRemoved:DeleteMarkerCreated', 'ObjectRemoved'],
    ['ObjectRestore:Completed', 'ObjectRestore'],
    ['LifecycleExpiration:Delete', 'LifecycleExpiration'],
    ['LifecycleTransition', 'LifecycleTransition'],
    ['ReducedRedundancyLostObject', 'ReducedRedundancyLostObject'],
    ['Replication:OperationFailedReplication', 'Replication'],
  ])('names the variant of %s by its family %s', (eventName, family) => {
    expect(s3.variantOf?.(withRecord({ eventName }) as S3Event)).toBe(family);
    expect(s3EventFamilies).toContain(family);
  });

  // Found by fuzzing (test/fuzz): variantOf runs on events that were detected but not validated.
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', ['ObjectCreated:Put']],
  ])('names no variant, without throwing, when eventName is %s', (_name, eventName) => {
    const event = withRecord({ eventName }) as S3Event;
    expect(s3.detect(event)).toBe(true);
    expect(s3.variantOf?.(event)).toBeUndefined();
  });

  it('refuses an event name as a variant, at compile time and at run time', () => {
    // @ts-expect-error variant names are the eventName families, not event names
    expect(() => s3.variant('ObjectCreated:Put')).toThrow('has no variant "ObjectCreated:Put"');
  });

  it.each([
    ['null', null],
    ['an array', [s3Reference.sample().Records[0]]],
    ['an empty object', {}],
    ['an empty batch', { Records: [] }],
    ['a record of another source', withRecord({ eventSource: 'aws:sqs' })],
    ['an S3 event through EventBridge', { source: 'aws.s3', 'detail-type': 'Object Created', detail: {} }],
  ])('does not claim %s', (_name, event) => {
    expect(s3.detect(event)).toBe(false);
  });

  it('accepts a removal, which has no size or eTag', () => {
    const [record] = s3Reference.sample().Records;
    if (record === undefined) throw new Error('the sample has a record');
    const { size, eTag, ...object } = record.s3.object;
    const removal = { Records: [{ ...record, eventName: 'ObjectRemoved:Delete', s3: { ...record.s3, object } }] };
    expect(checkEvent(s3Reference, removal)).toEqual([]);
  });

  it.each([
    ['red+flower.jpg', 'red flower.jpg'],
    ['photos/red+flower%281%29.jpg', 'photos/red flower(1).jpg'],
    ['caf%C3%A9+menu.pdf', 'café menu.pdf'],
    ['a%2Bb.txt', 'a+b.txt'],
    ['plain/key', 'plain/key'],
  ])('decodeS3Key turns %s into %s', (key, decoded) => {
    expect(decodeS3Key(key)).toBe(decoded);
  });

  it('decodeS3Key throws a URIError on malformed percent-encoding', () => {
    expect(() => decodeS3Key('bad%E0%A4%A')).toThrow(URIError);
  });

  it('accepts fields AWS may add that the schema does not list', () => {
    const event = withRecord({ extra: 'kept' });
    expect(checkEvent(s3Reference, event)).toEqual([]);
  });
});
