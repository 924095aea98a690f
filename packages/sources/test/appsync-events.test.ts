import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type AppsyncEventsEvent,
  appsyncEventsReference as appsyncEvents,
  toAppsyncEventsError,
  toAppsyncEventsEventError,
  toAppsyncEventsPublishResult,
} from '@switchboard/sources/appsync-events';
import { appsyncResolverReference as appsyncResolver } from '@switchboard/sources/appsync-resolver';
import type { Context } from 'aws-lambda';

const context = {} as Context;

/** A subscribe call on the sample's channel, from a Cognito user. */
function subscribeEvent(): AppsyncEventsEvent {
  const sample = appsyncEvents.sample();
  return {
    ...sample,
    identity: { sub: '192879fc-a240-4bf1-ab5a-d6a00f3063f9', username: 'jdoe', groups: ['members'] },
    info: { ...sample.info, operation: 'SUBSCRIBE' },
    events: null,
  };
}

describe('appsync-events', () => {
  it('detects its own sample as appsync-events only, a publish, and the sample passes the schema', () => {
    const sample = appsyncEvents.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: appsyncEvents, variant: 'publish' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([appsyncEvents]);
    expect(checkEvent(appsyncEvents, sample)).toEqual([]);
  });

  it('detects a subscribe call as the subscribe variant', () => {
    expect(detectSource(allSources, subscribeEvent())).toEqual({ source: appsyncEvents, variant: 'subscribe' });
    expect(checkEvent(appsyncEvents, subscribeEvent())).toEqual([]);
  });

  it('routes publish and subscribe to their handlers', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(appsyncEvents.variant('publish'), async (event) =>
        toAppsyncEventsPublishResult(
          event.events.map(({ id, payload }) => ({
            id,
            payload: { ...(payload as object), channel: event.info.channel.path },
          })),
        ),
      )
      .on(appsyncEvents.variant('subscribe'), async (event) =>
        event.info.channel.segments.includes('admin') ? toAppsyncEventsError('Not allowed') : null,
      );
    await expect(app.handler(appsyncEvents.sample(), context)).resolves.toEqual({
      events: [
        {
          id: '5f7dfbd1-b8ff-4c2e-9d1b-3a1c2b4e6d8f',
          payload: { user: 'jdoe', text: 'hello', channel: '/chat/general' },
        },
        {
          id: '8e2a9c3d-4b5f-4a6e-8c7d-1f2e3d4c5b6a',
          payload: { user: 'jdoe', text: 'anyone here?', channel: '/chat/general' },
        },
      ],
    });
    await expect(app.handler(subscribeEvent(), context)).resolves.toBeNull();
    const admin = subscribeEvent();
    const adminEvent = {
      ...admin,
      info: { ...admin.info, channel: { path: '/chat/admin', segments: ['chat', 'admin'] } },
    };
    await expect(app.handler(adminEvent, context)).resolves.toEqual({ error: 'Not allowed' });
  });

  it('drops one published event with its own error while the others go through', () => {
    const [first, second] = appsyncEvents.sample().events ?? [];
    if (first === undefined || second === undefined) throw new Error('the sample has two events');
    const answer = toAppsyncEventsPublishResult([first, toAppsyncEventsEventError(second.id, 'Invalid payload')]);
    expect(answer).toEqual({ events: [first, { id: second.id, error: 'Invalid payload' }] });
    expect(checkResponse(appsyncEvents, answer)).toEqual([]);
  });

  it('builds answers from any iterable, and every builder output passes the response schema', () => {
    const fromSet = toAppsyncEventsPublishResult(new Set([{ id: 'e-1', payload: { n: 1 } }]));
    expect(fromSet).toEqual({ events: [{ id: 'e-1', payload: { n: 1 } }] });
    for (const answer of [fromSet, toAppsyncEventsError('Publishing is closed'), null, undefined, {}]) {
      expect(checkResponse(appsyncEvents, answer)).toEqual([]);
    }
  });

  it('rejects an outgoing event without its id', () => {
    expect(checkResponse(appsyncEvents, { events: [{ payload: {} }] })).not.toEqual([]);
  });

  it.each([
    ['a GraphQL resolver context', (appsyncResolver.sample() as unknown[])[0]],
    [
      'an unknown operation',
      { ...appsyncEvents.sample(), info: { ...appsyncEvents.sample().info, operation: 'DELETE' } },
    ],
    ['an info without channel', { ...appsyncEvents.sample(), info: { operation: 'PUBLISH' } }],
  ])('does not claim %s', (_name, event) => {
    expect(appsyncEvents.detect(event)).toBe(false);
  });
});
