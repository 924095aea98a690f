import type { LexEvent } from './schema.js';

/** A dialog code hook call of an OrderFlowers bot, after the user named a flower and a date. */
export function sampleLexEvent(): LexEvent {
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    userId: 'us-east-1:6f2a5c1e-3b7d-4c1a-9d8e-0b4f2a7c9e11',
    inputTranscript: 'I would like a dozen roses picked up on Friday',
    sessionAttributes: { customerTier: 'gold' },
    requestAttributes: null,
    bot: { name: 'OrderFlowers', alias: 'prod', version: '3' },
    outputDialogMode: 'Text',
    currentIntent: {
      name: 'OrderFlowers',
      nluIntentConfidenceScore: 0.94,
      slots: { FlowerType: 'roses', PickupDate: '2024-03-15', PickupTime: null },
      slotDetails: {
        FlowerType: { resolutions: [{ value: 'roses' }], originalValue: 'roses' },
        PickupDate: { resolutions: [{ value: '2024-03-15' }], originalValue: 'Friday' },
        PickupTime: null,
      },
      confirmationStatus: 'None',
    },
  };
}
