import type { LexV2Event } from './schema.js';

const bookCar = {
  name: 'BookCar',
  slots: {
    PickUpCity: {
      shape: 'Scalar' as const,
      value: { originalValue: 'chicago', interpretedValue: 'Chicago', resolvedValues: ['Chicago'] },
    },
    PickUpDate: null,
    CarType: null,
  },
  state: 'InProgress' as const,
  confirmationState: 'None' as const,
};

/** A dialog code hook call of a BookTrip bot, after the user named a pick-up city. */
export function sampleLexV2Event(): LexV2Event {
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Text',
    responseContentType: 'text/plain; charset=utf-8',
    sessionId: '093157820315642',
    inputTranscript: 'I need a car in Chicago',
    bot: {
      id: 'QWERTY1234',
      name: 'BookTrip',
      localeId: 'en_US',
      version: '4',
      aliasId: 'TSTALIASID',
      aliasName: 'prod',
    },
    interpretations: [
      { intent: bookCar, nluConfidence: 0.97, interpretationSource: 'Lex' },
      { intent: { name: 'FallbackIntent', slots: {}, state: 'InProgress', confirmationState: 'None' } },
    ],
    proposedNextState: { dialogAction: { type: 'ElicitSlot', slotToElicit: 'PickUpDate' }, intent: bookCar },
    sessionState: {
      sessionAttributes: { loyaltyId: 'LY-20931' },
      activeContexts: [],
      intent: bookCar,
      originatingRequestId: '7c8f2d1e-5a4b-4e6f-9a2c-3d1b0e8f7a65',
    },
    transcriptions: [
      {
        transcription: 'I need a car in Chicago',
        transcriptionConfidence: 1,
        resolvedContext: { intent: 'BookCar' },
        resolvedSlots: {},
      },
    ],
  };
}
