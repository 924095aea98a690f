import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { alexaSkillReference } from '@switchboard/sources/alexa-skill';
import {
  type AlexaSmartHomeV2Event,
  type AlexaSmartHomeV3Event,
  alexaSmartHome,
  alexaSmartHomeReference,
  toAlexaSmartHomeError,
  toAlexaSmartHomeResponse,
  toAlexaSmartHomeV2Response,
} from '@switchboard/sources/alexa-smart-home';
import type { Context } from 'aws-lambda';

const context = {} as Context;

const v3 = alexaSmartHomeReference.sample() as AlexaSmartHomeV3Event;
const v2: AlexaSmartHomeV2Event = {
  header: {
    messageId: 'c2a0f3b8-6d4e-4b1a-9f2c-7e5d8a1b3c40',
    name: 'TurnOnRequest',
    namespace: 'Alexa.ConnectedHome.Control',
    payloadVersion: '2',
  },
  payload: {
    accessToken: 'Atza|token',
    appliance: { applianceId: 'kitchen-light-01', additionalApplianceDetails: {} },
  },
};
const discovery: AlexaSmartHomeV3Event = {
  directive: {
    header: {
      namespace: 'Alexa.Discovery',
      name: 'Discover',
      messageId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
      payloadVersion: '3',
    },
    payload: { scope: { type: 'BearerToken', token: 'Atza|token' } },
  },
};

describe('alexa-smart-home', () => {
  it('detects its own sample as the v3 variant only, and the sample passes the schema', () => {
    expect(detectSource(allSources, v3)).toEqual({ source: alexaSmartHomeReference, variant: 'v3' });
    expect(allSources.filter((source) => source.detect(v3))).toEqual([alexaSmartHomeReference]);
    expect(checkEvent(alexaSmartHomeReference, v3)).toEqual([]);
  });

  it('detects a legacy v2 directive as the v2 variant, and a discovery directive without endpoint as v3', () => {
    expect(detectSource(allSources, v2)).toEqual({ source: alexaSmartHomeReference, variant: 'v2' });
    expect(checkEvent(alexaSmartHomeReference, v2)).toEqual([]);
    expect(detectSource(allSources, discovery)).toEqual({ source: alexaSmartHomeReference, variant: 'v3' });
    expect(checkEvent(alexaSmartHomeReference, discovery)).toEqual([]);
  });

  it.each([
    ['an Alexa Skills Kit request', alexaSkillReference.sample()],
    ['a directive in a foreign namespace', { directive: { header: { namespace: 'Acme.Lights' }, payload: {} } }],
    ['a v2-looking header without payload', { header: { namespace: 'Alexa.ConnectedHome.Control' } }],
  ])('does not claim %s', (_name, event) => {
    expect(alexaSmartHome.detect(event)).toBe(false);
  });

  it('answers a v3 directive with its correlation token and endpoint, and the reported properties', () => {
    const property = {
      namespace: 'Alexa.PowerController',
      name: 'powerState',
      value: 'ON',
      timeOfSample: '2024-03-14T18:21:44.000Z',
      uncertaintyInMilliseconds: 500,
    };
    const answer = toAlexaSmartHomeResponse(v3, { properties: [property] });
    expect(answer).toEqual({
      event: {
        header: {
          namespace: 'Alexa',
          name: 'Response',
          messageId: '1bd5d003-31b9-476f-ad03-71d471922820-R',
          correlationToken: v3.directive.header.correlationToken,
          payloadVersion: '3',
        },
        endpoint: { endpointId: 'kitchen-light-01' },
        payload: {},
      },
      context: { properties: [property] },
    });
    expect(checkResponse(alexaSmartHomeReference, answer)).toEqual([]);
  });

  it('builds discovery, error and v2 answers that pass the response schema', () => {
    const discovered = toAlexaSmartHomeResponse(discovery, {
      namespace: 'Alexa.Discovery',
      name: 'Discover.Response',
      payload: { endpoints: [] },
      messageId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    });
    expect(discovered.event.endpoint).toBeUndefined();
    const error = toAlexaSmartHomeError(v3, 'ENDPOINT_UNREACHABLE', 'The bulb is offline.');
    expect(error.event.payload).toEqual({ type: 'ENDPOINT_UNREACHABLE', message: 'The bulb is offline.' });
    const confirmed = toAlexaSmartHomeV2Response(v2, 'TurnOnConfirmation');
    expect(confirmed.header).toMatchObject({ name: 'TurnOnConfirmation', namespace: 'Alexa.ConnectedHome.Control' });
    for (const answer of [discovered, error, confirmed])
      expect(checkResponse(alexaSmartHomeReference, answer)).toEqual([]);
  });

  it('routes v2 and v3 directives to their variant handlers', async () => {
    const app = router({ validateResponse: true })
      .on(alexaSmartHomeReference.variant('v2'), async (event) =>
        'header' in event ? toAlexaSmartHomeV2Response(event, 'TurnOnConfirmation') : toAlexaSmartHomeResponse(event),
      )
      .on(alexaSmartHomeReference, async (event) =>
        'directive' in event ? toAlexaSmartHomeResponse(event) : toAlexaSmartHomeV2Response(event, 'Unexpected'),
      );
    await expect(app.handler(v2, context)).resolves.toHaveProperty('header.name', 'TurnOnConfirmation');
    await expect(app.handler(v3, context)).resolves.toHaveProperty('event.header.name', 'Response');
  });
});
