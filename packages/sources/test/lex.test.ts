import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type LexEvent,
  lex,
  lexReference,
  toLexClose,
  toLexConfirmIntent,
  toLexDelegate,
  toLexElicitIntent,
  toLexElicitSlot,
} from '@switchboard/sources/lex';
import { lexV2, lexV2Reference } from '@switchboard/sources/lex-v2';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function withIntent(patch: Partial<LexEvent['currentIntent']>): LexEvent {
  const event = lexReference.sample();
  return { ...event, currentIntent: { ...event.currentIntent, ...patch } };
}

describe('lex', () => {
  it('detects its own sample as lex only, and the sample passes the schema', () => {
    const sample = lexReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: lexReference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([lexReference]);
    expect(checkEvent(lexReference, sample)).toEqual([]);
  });

  it('never claims a Lex V2 event, and Lex V2 never claims a Lex V1 event', () => {
    expect(lex.detect(lexV2Reference.sample())).toBe(false);
    expect(lexV2.detect(lexReference.sample())).toBe(false);
  });

  it.each([
    ['an event without currentIntent', { ...lexReference.sample(), currentIntent: undefined }],
    ['an event without bot', { ...lexReference.sample(), bot: undefined }],
    ['a Bedrock agent event', { messageVersion: '1.0', agent: {}, sessionId: 's', inputText: 'hi' }],
  ])('does not claim %s', (_name, event) => {
    expect(lex.detect(event)).toBe(false);
  });

  it('accepts the null alias and null request attributes Lex sends', () => {
    const event = { ...lexReference.sample(), bot: { name: 'OrderFlowers', alias: null, version: '$LATEST' } };
    expect(checkEvent(lexReference, event)).toEqual([]);
  });

  it('refuses a numeric slot value, since Lex sends slot values as strings', () => {
    const event = {
      ...lexReference.sample(),
      currentIntent: { ...lexReference.sample().currentIntent, slots: { Nights: 4 } },
    };
    expect(checkEvent(lexReference, event)).toEqual([
      { path: 'currentIntent.slots.Nights', message: 'expected string' },
    ]);
  });

  it('builds every dialog action so that it passes the response schema', () => {
    const event = lexReference.sample();
    const answers = [
      toLexClose('Fulfilled', 'Thanks, your roses are ordered.'),
      toLexClose('Failed', { contentType: 'SSML', content: '<speak>Sorry.</speak>' }, { sessionAttributes: {} }),
      toLexElicitIntent('What can I help you with?'),
      toLexElicitSlot(event, 'PickupTime', 'At what time?'),
      toLexConfirmIntent(event, 'A dozen roses on Friday?'),
      toLexDelegate(event),
    ];
    for (const answer of answers) expect(checkResponse(lexReference, answer)).toEqual([]);
  });

  it('elicits a slot with the event intent and slots, or with the slots given', () => {
    const event = withIntent({ slots: { FlowerType: 'tulips', PickupDate: 'yesterday' } });
    expect(
      toLexElicitSlot(event, 'PickupDate', 'Which day?', { slots: { FlowerType: 'tulips', PickupDate: null } }),
    ).toEqual({
      dialogAction: {
        type: 'ElicitSlot',
        intentName: 'OrderFlowers',
        slots: { FlowerType: 'tulips', PickupDate: null },
        slotToElicit: 'PickupDate',
        message: { contentType: 'PlainText', content: 'Which day?' },
      },
    });
    expect(toLexDelegate(event).dialogAction).toEqual({ type: 'Delegate', slots: event.currentIntent.slots });
  });

  it('refuses an answer whose dialog action misses a field its type requires', () => {
    const answer = { dialogAction: { type: 'ElicitSlot', intentName: 'OrderFlowers', slots: {} } };
    expect(checkResponse(lexReference, answer)).toEqual([
      { path: 'dialogAction.slotToElicit', message: 'expected string' },
    ]);
    expect(checkResponse(lexReference, { dialogAction: { type: 'Close' } })).not.toEqual([]);
  });

  it('answers through a router, checking event and answer', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(lexReference, async (event) =>
      event.invocationSource === 'DialogCodeHook' ? toLexDelegate(event) : toLexClose('Fulfilled'),
    );
    await expect(app.handler(lexReference.sample(), context)).resolves.toEqual({
      dialogAction: { type: 'Delegate', slots: lexReference.sample().currentIntent.slots },
    });
  });
});
