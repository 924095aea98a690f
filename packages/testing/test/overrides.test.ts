import { describe, expect, it } from '@jest/globals';
import { checkEvent, DefinitionError } from '@switchboard/core';
import {
  alexaSkill,
  alexaSkillReference,
  apigwHttpReference,
  cognitoUserPoolReference,
  eventbridge,
  eventbridgeReference,
  s3Reference,
  sqsReference,
} from '@switchboard/sources';
import { deepMerge, events } from '../src/index.js';

describe('deep overrides', () => {
  it('merges objects key by key and keeps the sample elsewhere', () => {
    const event = events.apigwHttp({ requestContext: { http: { method: 'DELETE' } } });
    expect(event.requestContext.http.method).toBe('DELETE');
    expect(event.requestContext.http.path).toBe(apigwHttpReference.sample().requestContext.http.path);
    expect(event.requestContext.apiId).toBe(apigwHttpReference.sample().requestContext.apiId);
    expect(checkEvent(apigwHttpReference, event)).toEqual([]);
  });

  it('replaces arrays whole', () => {
    const record = sqsReference.sample().Records[0];
    if (record === undefined) throw new Error('the sqs sample has a record');
    const event = events.sqs({
      Records: [
        { ...record, body: 'a' },
        { ...record, body: 'b' },
      ],
    });
    expect(event.Records.map((each) => each.body)).toEqual(['a', 'b']);
  });

  it('applies overrides after the variant patch', () => {
    const event = events.cognitoUserPool.variant('PostConfirmation_ConfirmSignUp', {
      request: { userAttributes: { email: 'ana@example.com' } },
    });
    expect(event.triggerSource).toBe('PostConfirmation_ConfirmSignUp');
    expect(event.request.userAttributes.email).toBe('ana@example.com');
    expect(event.request.userAttributes.email_verified).toBe('true');
    expect(checkEvent(cognitoUserPoolReference, event)).toEqual([]);
  });

  it('ignores keys set to undefined and changes neither argument', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const merged = deepMerge(base, { a: { c: [3] }, d: undefined } as never);
    expect(merged).toEqual({ a: { b: 1, c: [3] }, d: 'x' });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });

  it('makes a fresh event per call, so a test cannot leak into the next', () => {
    const first = events.s3();
    (first.Records[0] as { eventName: string }).eventName = 'changed';
    expect(events.s3().Records[0]?.eventName).toBe(s3Reference.sample().Records[0]?.eventName);
  });
});

describe('variants', () => {
  it('throws a DefinitionError naming the source for an unknown variant', () => {
    expect(() => events.sqs.variant('fifoo' as 'fifo')).toThrow(DefinitionError);
    expect(() => events.sqs.variant('fifoo' as 'fifo')).toThrow(/sqs/);
  });

  it('makes an open variant of eventbridge from an application detail-type', () => {
    const event = events.eventbridge.variant('Order Placed', { detail: { orderId: 'o-1' } });
    expect(eventbridge.variantOf?.(event)).toBe('Order Placed');
    expect(event.detail).toEqual({ orderId: 'o-1' });
    expect(checkEvent(eventbridgeReference, event)).toEqual([]);
  });

  it('makes an open variant of alexa-skill from a new request type', () => {
    const event = events.alexaSkill.variant('Connections.Response');
    expect(alexaSkill.variantOf?.(event)).toBe('Connections.Response');
    expect(checkEvent(alexaSkillReference, event)).toEqual([]);
  });
});
