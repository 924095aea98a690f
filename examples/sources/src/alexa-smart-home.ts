// A smart home skill for lights (API v3): TurnOn and TurnOff answer the new power state, any other
// directive an INVALID_DIRECTIVE error that Alexa explains to the user. API v2 directives are refused.
import { router } from '@switchboard/core';
import { alexaSmartHome, toAlexaSmartHomeError, toAlexaSmartHomeResponse } from '@switchboard/sources/alexa-smart-home';

export const handler = router().on(alexaSmartHome, async (event) => {
  if (!('directive' in event)) throw new Error('This skill speaks Smart Home API v3 only');
  const { header, endpoint } = event.directive;
  if (header.namespace !== 'Alexa.PowerController') {
    return toAlexaSmartHomeError(event, 'INVALID_DIRECTIVE', `${header.namespace}.${header.name} is not supported`);
  }
  const value = header.name === 'TurnOn' ? 'ON' : 'OFF';
  console.log(`switch ${endpoint?.endpointId ?? 'unknown'} ${value}`);
  const timeOfSample = new Date().toISOString();
  return toAlexaSmartHomeResponse(event, {
    properties: [
      { namespace: 'Alexa.PowerController', name: 'powerState', value, timeOfSample, uncertaintyInMilliseconds: 500 },
    ],
  });
}).handler;
