import type { AlexaSmartHomeEvent } from './schema.js';

/** An API v3 PowerController TurnOn directive for a light. */
export function sampleAlexaSmartHomeEvent(): AlexaSmartHomeEvent {
  return {
    directive: {
      header: {
        namespace: 'Alexa.PowerController',
        name: 'TurnOn',
        messageId: '1bd5d003-31b9-476f-ad03-71d471922820',
        correlationToken: 'dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==',
        payloadVersion: '3',
      },
      endpoint: {
        scope: { type: 'BearerToken', token: 'Atza|IgEBIPj3dZpY8KxGJQ8tS9mZ4vQwExampleToken' },
        endpointId: 'kitchen-light-01',
        cookie: { room: 'kitchen' },
      },
      payload: {},
    },
  };
}
