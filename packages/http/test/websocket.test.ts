import { describe, expect, it } from '@jest/globals';
import { checkResponse, DefinitionError } from '@switchboard/core';
import { type ApigwWebsocketEvent, apigwWebsocketReference } from '@switchboard/sources/apigw-websocket';
import type { Context } from 'aws-lambda';
import { websocketRoutes } from '../src/index.js';

const context = {} as Context;

function websocketEvent(routeKey: string, eventType: 'CONNECT' | 'DISCONNECT' | 'MESSAGE', body?: string) {
  const sample = apigwWebsocketReference.sample();
  return {
    ...sample,
    requestContext: { ...sample.requestContext, routeKey, eventType },
    ...(body !== undefined && { body }),
  } as ApigwWebsocketEvent;
}

describe('WebSocket routes by route key', () => {
  const seen: string[] = [];
  const app = websocketRoutes()
    .route('$connect', (event) => {
      seen.push(`connect ${event.requestContext.connectionId}`);
      return { statusCode: 200, headers: { 'sec-websocket-protocol': 'chat.v1' } };
    })
    .route('$disconnect', () => undefined)
    .route('sendMessage', async (event) => `echo: ${event.body}`)
    .route('$default', () => ({ statusCode: 400, body: 'unknown action' }))
    .mount();

  it.each([
    ['$connect', 'CONNECT', undefined, { statusCode: 200, headers: { 'sec-websocket-protocol': 'chat.v1' } }],
    ['$disconnect', 'DISCONNECT', undefined, { statusCode: 200 }],
    ['sendMessage', 'MESSAGE', 'hi', { statusCode: 200, body: 'echo: hi' }],
    ['shout', 'MESSAGE', 'HI', { statusCode: 400, body: 'unknown action' }],
  ] as const)('answers route %s (%s) in the shape API Gateway reads', async (routeKey, eventType, body, expected) => {
    const answer = await app.handler(websocketEvent(routeKey, eventType, body), context);
    expect(answer).toEqual(expected);
    expect(checkResponse(apigwWebsocketReference, answer)).toEqual([]);
  });

  it('runs the handler with the typed event', async () => {
    await app.handler(websocketEvent('$connect', 'CONNECT'), context);
    expect(seen.at(-1)).toMatch(/^connect \S+/);
  });

  it('answers 404 to a route key without a route when there is no $default', async () => {
    const bare = websocketRoutes()
      .route('$connect', () => undefined)
      .mount();
    await expect(bare.handler(websocketEvent('other', 'MESSAGE', 'x'), context)).resolves.toEqual({
      statusCode: 404,
      body: 'No route',
    });
  });

  it('refuses a route key defined twice', () => {
    expect(() =>
      websocketRoutes()
        .route('$connect', () => undefined)
        .route('$connect', () => undefined),
    ).toThrow(DefinitionError);
  });
});
