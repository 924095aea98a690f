import { describeSource } from '@switchboard/core';
import { type AppsyncEventsEvent, appsyncEventsEventSchema, appsyncEventsResponseSchema } from './schema.js';
import { appsyncEvents } from './source.js';

/** `appsyncEvents` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const appsyncEventsReference = describeSource(appsyncEvents, {
  schema: appsyncEventsEventSchema,
  response: appsyncEventsResponseSchema,
  sample: sampleAppsyncEventsEvent,
  docs: {
    service: 'AWS AppSync Events',
    summary:
      "An Event API's channel namespace can hand its `onPublish` and `onSubscribe` handlers to a Lambda function (direct integration). On publish the function gets the published events and answers the ones to broadcast (each may be transformed, dropped, or failed with an `error`); on subscribe it answers nothing to allow the subscription or an `error` to refuse it.",
    detection: '`info.channel` is an object and `info.operation` is PUBLISH (`publish`) or SUBSCRIBE (`subscribe`).',
    retries:
      'None in request/response mode: the publisher or subscriber waits. A thrown error or a timeout fails the publish or refuses the subscription. In `EVENT` invoke mode the function is invoked asynchronously and its answer is ignored.',
    limits: [
      {
        name: 'Events per publish',
        value: 'up to 5 events per HTTP publish request',
        link: 'https://docs.aws.amazon.com/general/latest/gr/appsync.html',
      },
      {
        name: 'Event size',
        value: '240 KB per event',
        link: 'https://docs.aws.amazon.com/general/latest/gr/appsync.html',
      },
    ],
    links: [
      {
        title: 'Direct data source integrations using Lambda',
        url: 'https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html',
      },
      {
        title: 'Writing event handlers',
        url: 'https://docs.aws.amazon.com/appsync/latest/eventapi/writing-event-handlers.html',
      },
    ],
  },
});

function sampleAppsyncEventsEvent(): AppsyncEventsEvent {
  return {
    identity: null,
    request: {
      headers: {
        host: 'c3ahuwq5snhujm4ppkuiyeo5zm.appsync-api.us-east-1.amazonaws.com',
        'content-type': 'application/json',
        'x-amzn-requestid': '0c3b8c1f-6b2f-4f7e-9d43-2f1f8e3a9b17',
      },
      domainName: null,
    },
    info: {
      channel: { path: '/chat/general', segments: ['chat', 'general'] },
      channelNamespace: { name: 'chat' },
      operation: 'PUBLISH',
    },
    stash: {},
    events: [
      { id: '5f7dfbd1-b8ff-4c2e-9d1b-3a1c2b4e6d8f', payload: { user: 'jdoe', text: 'hello' } },
      { id: '8e2a9c3d-4b5f-4a6e-8c7d-1f2e3d4c5b6a', payload: { user: 'jdoe', text: 'anyone here?' } },
    ],
    result: null,
    error: null,
    prev: null,
    outErrors: [],
  };
}
