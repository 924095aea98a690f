import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type BedrockAgentApiEvent,
  type BedrockAgentFunctionEvent,
  bedrockAgentReference as bedrockAgent,
  toBedrockAgentApiResult,
  toBedrockAgentFunctionResult,
} from '@switchboard/sources/bedrock-agent';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function functionEvent(): BedrockAgentFunctionEvent {
  return bedrockAgent.sample() as BedrockAgentFunctionEvent;
}

/** The same agent calling an OpenAPI action group: a top-level `httpMethod`, but no `requestContext`. */
function apiEvent(): BedrockAgentApiEvent {
  const { function: _function, parameters: _parameters, ...rest } = functionEvent();
  return {
    ...rest,
    apiPath: '/bookings/{restaurantId}',
    httpMethod: 'POST',
    parameters: [{ name: 'restaurantId', type: 'string', value: 'r-88' }],
    requestBody: {
      content: {
        'application/json': {
          properties: [
            { name: 'guests', type: 'integer', value: '2' },
            { name: 'time', type: 'string', value: '2024-03-14T19:00' },
          ],
        },
      },
    },
  };
}

describe('bedrock-agent', () => {
  it('detects its own sample as bedrock-agent only, a function call, and the sample passes the schema', () => {
    const sample = bedrockAgent.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: bedrockAgent, variant: 'function' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([bedrockAgent]);
    expect(checkEvent(bedrockAgent, sample)).toEqual([]);
  });

  it('detects an OpenAPI call as the api variant, and no HTTP source claims its httpMethod', () => {
    expect(allSources.filter((source) => source.detect(apiEvent()))).toEqual([bedrockAgent]);
    expect(detectSource(allSources, apiEvent())).toEqual({ source: bedrockAgent, variant: 'api' });
    expect(checkEvent(bedrockAgent, apiEvent())).toEqual([]);
  });

  it('routes each action group style to its handler', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(bedrockAgent.variant('api'), async (event) =>
        toBedrockAgentApiResult(event, { booked: true }, { status: 201 }),
      )
      .on(bedrockAgent.variant('function'), async (event) =>
        toBedrockAgentFunctionResult(event, `Booked for ${event.parameters?.[0]?.value} people`),
      );
    await expect(app.handler(apiEvent(), context)).resolves.toEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'TableBooking',
        apiPath: '/bookings/{restaurantId}',
        httpMethod: 'POST',
        httpStatusCode: 201,
        responseBody: { 'application/json': { body: '{"booked":true}' } },
      },
    });
    await expect(app.handler(functionEvent(), context)).resolves.toEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'TableBooking',
        function: 'createBooking',
        functionResponse: { responseBody: { TEXT: { body: 'Booked for 2 people' } } },
      },
    });
  });

  it('adds a response state and session attributes when asked, and the answers pass the response schema', () => {
    const options = {
      responseState: 'REPROMPT' as const,
      sessionAttributes: { bookingId: 'b-7' },
      promptSessionAttributes: { today: '2024-03-13' },
    };
    const fn = toBedrockAgentFunctionResult(functionEvent(), 'No table at 7pm, suggest 8pm', options);
    expect(fn.response.functionResponse.responseState).toBe('REPROMPT');
    expect(fn).toMatchObject({
      sessionAttributes: { bookingId: 'b-7' },
      promptSessionAttributes: { today: '2024-03-13' },
    });
    const api = toBedrockAgentApiResult(apiEvent(), 'plain text', {
      ...options,
      contentType: 'text/plain',
      status: 409,
    });
    expect(api.response).toMatchObject({ httpStatusCode: 409, responseBody: { 'text/plain': { body: 'plain text' } } });
    for (const answer of [fn, api]) expect(checkResponse(bedrockAgent, answer)).toEqual([]);
  });

  it('rejects an answer whose body is not text', () => {
    const answer = toBedrockAgentFunctionResult(functionEvent(), 'ok');
    const broken = {
      ...answer,
      response: { ...answer.response, functionResponse: { responseBody: { TEXT: { body: { ok: true } } } } },
    };
    expect(checkResponse(bedrockAgent, broken)).not.toEqual([]);
  });

  it.each([
    ['an event without agent', { ...functionEvent(), agent: undefined }],
    ['an event without actionGroup', { ...functionEvent(), actionGroup: undefined }],
    [
      'a Lex V2 event',
      { messageVersion: '1.0', invocationSource: 'FulfillmentCodeHook', bot: { name: 'Booking' }, sessionId: 's' },
    ],
  ])('does not claim %s', (_name, event) => {
    expect(bedrockAgent.detect(event)).toBe(false);
  });
});
