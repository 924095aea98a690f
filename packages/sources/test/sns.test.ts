import { describe, expect, it } from '@jest/globals';
import { checkEvent, type ResultOf, router } from '@switchboard/core';
import { type SnsEvent, sns, snsReference } from '@switchboard/sources/sns';
import { expectTypeOf } from 'expect-type';

// Type level. SNS handlers return nothing: the caller reads no answer.
expectTypeOf<ResultOf<typeof sns>>().toEqualTypeOf<void>();
router().on(sns, async (event) => {
  expectTypeOf(event.Records[0]?.Sns.Message).toEqualTypeOf<string | undefined>();
});

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = snsReference.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('sns', () => {
  it('detects its own sample, which passes its schema', () => {
    const sample = snsReference.sample();
    expect(sns.detect(sample)).toBe(true);
    expect(checkEvent(snsReference, sample)).toEqual([]);
  });

  it('is async, so it has no response schema', () => {
    expect(sns.invocation).toBe('async');
    expect(snsReference.response).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['an array', [snsReference.sample().Records[0]]],
    ['an empty object', {}],
    ['an empty batch', { Records: [] }],
    ['a camel-case eventSource', withRecord({ EventSource: undefined, eventSource: 'aws:sns' })],
    ['another EventSource', withRecord({ EventSource: 'aws:sqs' })],
  ])('does not claim %s', (_name, event) => {
    expect(sns.detect(event)).toBe(false);
  });

  it('accepts both spellings of the certificate and unsubscribe URLs, and a null Subject', () => {
    const [record] = snsReference.sample().Records;
    if (record === undefined) throw new Error('the sample has a record');
    const { SigningCertUrl: _cert, UnsubscribeUrl: _unsubscribe, ...rest } = record.Sns;
    const message = {
      ...rest,
      Subject: null,
      SigningCertURL: 'https://sns.us-east-2.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem',
      UnsubscribeURL:
        'https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-2:123456789012:t:1',
    };
    const upper: SnsEvent = { Records: [{ ...record, Sns: message }] };
    expect(checkEvent(snsReference, upper)).toEqual([]);
  });

  it('rejects a record without its message, naming the path', () => {
    const [record] = snsReference.sample().Records;
    const broken = { Records: [{ ...record, Sns: { ...record?.Sns, Message: undefined } }] };
    expect(checkEvent(snsReference, broken).map((issue) => issue.path)).toEqual(['Records[0].Sns.Message']);
  });

  it('accepts fields AWS may add that the schema does not list', () => {
    const event = withRecord({ Extra: 'kept' });
    expect(checkEvent(snsReference, event)).toEqual([]);
  });
});
