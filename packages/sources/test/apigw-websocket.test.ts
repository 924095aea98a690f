import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { apigwRestReference as apigwRest } from '@switchboard/sources/apigw-rest';
import {
  type ApigwWebsocketEvent,
  apigwWebsocketReference as apigwWebsocket,
  toApigwWebsocketResult,
} from '@switchboard/sources/apigw-websocket';
import type { Context } from 'aws-lambda';
import { corpusAvailable, readPayload } from './corpus.js';
import { httpLookalikes } from './http-lookalikes.js';

const context = {} as Context;

/** The `$connect` event of the sample's connection, with its handshake headers and query string. */
function connectEvent(): ApigwWebsocketEvent {
  const { requestContext } = apigwWebsocket.sample();
  const { messageId: _messageId, ...rest } = requestContext;
  return {
    requestContext: { ...rest, routeKey: '$connect', eventType: 'CONNECT', requestTimeEpoch: rest.connectedAt },
    headers: { Host: rest.domainName, 'Sec-WebSocket-Protocol': 'chat.v1, chat.v2', 'Sec-WebSocket-Version': '13' },
    multiValueHeaders: {
      Host: [rest.domainName],
      'Sec-WebSocket-Protocol': ['chat.v1, chat.v2'],
      'Sec-WebSocket-Version': ['13'],
    },
    queryStringParameters: { room: 'general' },
    multiValueQueryStringParameters: { room: ['general'] },
    isBase64Encoded: false,
  };
}

function disconnectEvent(): ApigwWebsocketEvent {
  const { requestContext } = apigwWebsocket.sample();
  const { messageId: _messageId, ...rest } = requestContext;
  return {
    requestContext: {
      ...rest,
      routeKey: '$disconnect',
      eventType: 'DISCONNECT',
      disconnectStatusCode: 1001,
      disconnectReason: 'Going away',
    },
    headers: { Host: rest.domainName },
    multiValueHeaders: { Host: [rest.domainName] },
    isBase64Encoded: false,
  };
}

function messageEvent(routeKey: string): ApigwWebsocketEvent {
  const sample = apigwWebsocket.sample();
  return { ...sample, requestContext: { ...sample.requestContext, routeKey } };
}

describe('apigw-websocket', () => {
  it('detects its own sample as apigw-websocket only, a message, and the sample passes the schema', () => {
    const sample = apigwWebsocket.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: apigwWebsocket, variant: 'message' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([apigwWebsocket]);
    expect(checkEvent(apigwWebsocket, sample)).toEqual([]);
  });

  it.each([
    ['connect', connectEvent()],
    ['disconnect', disconnectEvent()],
    ['message', messageEvent('$default')],
    ['message', messageEvent('sendmessage')],
  ])('names the route kind %s from eventType, and the event passes the schema', (variant, event) => {
    expect(detectSource(allSources, event)).toEqual({ source: apigwWebsocket, variant });
    expect(checkEvent(apigwWebsocket, event)).toEqual([]);
  });

  it('routes each route kind to its handler; custom route keys reach the message handler', async () => {
    const seen: string[] = [];
    const app = router({ validateEvent: true, validateResponse: true })
      .on(apigwWebsocket.variant('connect'), async () => toApigwWebsocketResult({ status: 200 }))
      .on(apigwWebsocket.variant('disconnect'), async (event) => {
        seen.push(`closed ${event.requestContext.disconnectStatusCode}`);
      })
      .on(apigwWebsocket.variant('message'), async (event) => {
        seen.push(event.requestContext.routeKey);
        return { statusCode: 200, body: event.body ?? '' };
      });
    await expect(app.handler(connectEvent(), context)).resolves.toMatchObject({ statusCode: 200 });
    await expect(app.handler(messageEvent('sendmessage'), context)).resolves.toEqual({
      statusCode: 200,
      body: '{"action":"sendmessage","room":"general","text":"hello"}',
    });
    await expect(app.handler(disconnectEvent(), context)).resolves.toEqual({ statusCode: 200 });
    expect(seen).toEqual(['sendmessage', 'closed 1001']);
  });

  it.each([
    ['nothing', undefined, { statusCode: 200 }],
    ['a string', 'pong', { statusCode: 200, body: 'pong' }],
    ['an answer without statusCode', { body: 'hi' }, { statusCode: 200, body: 'hi' }],
    ['a refusal', { statusCode: 403 }, { statusCode: 403 }],
  ])('completes %s into a proxy answer', async (_name, returned, expected) => {
    const app = router({ validateResponse: true }).on(apigwWebsocket, async () => returned);
    await expect(app.handler(apigwWebsocket.sample(), context)).resolves.toEqual(expected);
  });

  it("lets a handler's error reach Lambda, so API Gateway refuses the connection", async () => {
    const app = router().on(apigwWebsocket, async () => {
      throw new Error('no such room');
    });
    await expect(app.handler(connectEvent(), context)).rejects.toThrow('no such room');
  });

  it('writes an HttpResponse with the chosen subprotocol, repeated headers apart, and passes the response schema', () => {
    const answer = toApigwWebsocketResult({
      status: 200,
      headers: { 'Sec-WebSocket-Protocol': 'chat.v1', Vary: ['Origin', 'Accept'] },
      cookies: ['sid=abc; Secure'],
    });
    expect(answer).toEqual({
      statusCode: 200,
      headers: { 'sec-websocket-protocol': 'chat.v1' },
      multiValueHeaders: { vary: ['Origin', 'Accept'], 'set-cookie': ['sid=abc; Secure'] },
      body: '',
      isBase64Encoded: false,
    });
    expect(checkResponse(apigwWebsocket, answer)).toEqual([]);
  });

  it('refuses CR or LF in a header with INVALID_HEADER', () => {
    const bad = { status: 200, headers: { 'Sec-WebSocket-Protocol': 'chat\r\nx: 1' } };
    expect(() => toApigwWebsocketResult(bad)).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
  });

  it('claims the shared lookalike "WebSocket $connect with proxy fields" and refuses the other lookalikes', () => {
    const name = 'WebSocket $connect with proxy fields';
    expect(allSources.filter((source) => source.detect(httpLookalikes[name]))).toEqual([apigwWebsocket]);
    for (const [other, event] of Object.entries(httpLookalikes)) {
      if (other !== name) expect([other, apigwWebsocket.detect(event)]).toEqual([other, false]);
    }
  });

  (corpusAvailable ? it : it.skip)(
    'detects the hybrid corpus fixture as a connect, claimed by no other source, failing only its missing isBase64Encoded',
    () => {
      const hybrid = readPayload({
        file: 'events/rust/example-apigw-websocket-request.json',
        kind: 'event',
        source: 'apigw-websocket',
        variant: 'connect',
        note: '',
      });
      expect(allSources.filter((source) => source.detect(hybrid))).toEqual([apigwWebsocket]);
      expect(detectSource(allSources, hybrid)?.variant).toBe('connect');
      expect(checkEvent(apigwWebsocket, hybrid).map((issue) => issue.path)).toEqual(['isBase64Encoded']);
    },
  );

  it.each([
    ['a REST proxy request', apigwRest.sample()],
    [
      'the $connect REQUEST authorizer call',
      {
        type: 'REQUEST',
        methodArn: 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/production/$connect',
        ...connectEvent(),
      },
    ],
    ['a context without eventType', { ...connectEvent(), requestContext: { connectionId: 'L0SM9cOFvHcCIhw=' } }],
  ])('does not claim %s', (_name, event) => {
    expect(apigwWebsocket.detect(event)).toBe(false);
  });
});
