import type { AlexaSkillEvent } from './schema.js';

const application = { applicationId: 'amzn1.ask.skill.3f9c2b1a-7d4e-4a6b-8c2d-5e1f0a9b7c34' };
const user = { userId: 'amzn1.ask.account.AEXAMPLE7QJ4VZ3XK2M5N6P7Q8R9S0T1U2V3W4X5Y6Z7A8B9C0D' };

/** An IntentRequest in an open session: the user answers with a color. */
export function sampleAlexaSkillEvent(): AlexaSkillEvent {
  return {
    version: '1.0',
    session: {
      new: false,
      sessionId: 'amzn1.echo-api.session.0b6f2c4e-9a1d-4e7b-8c3f-2d5a6b7c8e9f',
      application,
      attributes: { turn: 2 },
      user,
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: 'amzn1.ask.device.AEXAMPLEDEVICE6LJ3KQ',
          supportedInterfaces: { AudioPlayer: {} },
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl',
      },
    },
    request: {
      type: 'IntentRequest',
      requestId: 'amzn1.echo-api.request.7e2d9f4a-1b3c-4d5e-8f6a-9b0c1d2e3f4a',
      timestamp: '2024-03-14T18:21:44Z',
      locale: 'en-US',
      dialogState: 'COMPLETED',
      intent: {
        name: 'MyColorIsIntent',
        confirmationStatus: 'NONE',
        slots: { Color: { name: 'Color', value: 'blue', confirmationStatus: 'NONE' } },
      },
    },
  };
}
