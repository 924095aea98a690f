import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  lexV2,
  lexV2Reference,
  toLexV2Close,
  toLexV2ConfirmIntent,
  toLexV2Delegate,
  toLexV2ElicitIntent,
  toLexV2ElicitSlot,
} from '@switchboard/sources/lex-v2';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('lex-v2', () => {
  it('detects its own sample as lex-v2 only, and the sample passes the schema', () => {
    const sample = lexV2Reference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: lexV2Reference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([lexV2Reference]);
    expect(checkEvent(lexV2Reference, sample)).toEqual([]);
  });

  it.each([
    [
      'a bot without localeId (Lex V1)',
      { ...lexV2Reference.sample(), bot: { name: 'BookTrip', alias: 'prod', version: '1' } },
    ],
    ['an event without sessionState', { ...lexV2Reference.sample(), sessionState: undefined }],
    ['a Bedrock agent event', { messageVersion: '1.0', agent: {}, sessionId: 's', sessionAttributes: {} }],
  ])('does not claim %s', (_name, event) => {
    expect(lexV2.detect(event)).toBe(false);
  });

  it('closes with the session intent marked Fulfilled, carrying the session attributes', () => {
    const answer = toLexV2Close(lexV2Reference.sample(), 'Your car is booked.');
    expect(answer.sessionState).toMatchObject({
      sessionAttributes: { loyaltyId: 'LY-20931' },
      dialogAction: { type: 'Close' },
      intent: { name: 'BookCar', state: 'Fulfilled' },
    });
    expect(answer.messages).toEqual([{ contentType: 'PlainText', content: 'Your car is booked.' }]);
  });

  it('falls back to the best interpretation when the session has no intent', () => {
    const { intent: _unused, ...sessionState } = lexV2Reference.sample().sessionState;
    const answer = toLexV2ElicitSlot({ ...lexV2Reference.sample(), sessionState }, 'PickUpDate', 'When?');
    expect(answer.sessionState.intent).toMatchObject({ name: 'BookCar', state: 'InProgress' });
    expect(answer.sessionState.dialogAction).toEqual({ type: 'ElicitSlot', slotToElicit: 'PickUpDate' });
  });

  it('builds every dialog action so that it passes the response schema', () => {
    const event = lexV2Reference.sample();
    const answers = [
      toLexV2Close(event),
      toLexV2Close(event, [{ contentType: 'SSML', content: '<speak>Sorry.</speak>' }], 'Failed'),
      toLexV2ElicitSlot(event, 'PickUpDate'),
      toLexV2ConfirmIntent(event, 'Book it?'),
      toLexV2Delegate(event),
      toLexV2ElicitIntent(event, [
        {
          contentType: 'ImageResponseCard',
          imageResponseCard: { title: 'Anything else?', buttons: [{ text: 'No', value: 'no' }] },
        },
      ]),
    ];
    for (const answer of answers) expect(checkResponse(lexV2Reference, answer)).toEqual([]);
  });

  it('refuses ElicitSlot without a slot, and ElicitIntent without messages', () => {
    expect(checkResponse(lexV2Reference, { sessionState: { dialogAction: { type: 'ElicitSlot' } } })).toEqual([
      { path: 'sessionState.dialogAction.slotToElicit', message: 'expected string' },
    ]);
    expect(checkResponse(lexV2Reference, { sessionState: { dialogAction: { type: 'ElicitIntent' } } })).toEqual([
      { path: 'messages', message: 'ElicitIntent and ConfirmIntent need at least one message' },
    ]);
  });

  it('answers through a router, checking event and answer', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(lexV2Reference, async (event) =>
      event.proposedNextState?.dialogAction.type === 'ElicitSlot' ? toLexV2Delegate(event) : toLexV2Close(event),
    );
    await expect(app.handler(lexV2Reference.sample(), context)).resolves.toHaveProperty('sessionState.dialogAction', {
      type: 'Delegate',
    });
  });
});
