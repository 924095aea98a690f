import { defineSource, withVariantTypes } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/** One event as published to a channel: the id AppSync gave it and its JSON payload. */
const incomingEventSchema = z.object({ id: z.string(), payload: z.unknown() });

/**
 * The context a channel namespace's `onPublish` or `onSubscribe` handler
 * sends to a Lambda data source with direct integration. `events` lists the
 * published events (`null` on SUBSCRIBE); `identity` is shaped by the auth
 * mode (`null` for API keys).
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/context-reference.html
 */
export const appsyncEventsEventSchema = z.object({
  identity: z.nullable(z.record(z.string(), z.unknown())),
  request: z.object({
    headers: z.exactOptional(z.record(z.string(), z.string())),
    domainName: z.nullable(z.string()),
  }),
  info: z.object({
    channel: z.object({ path: z.string(), segments: z.array(z.string()) }),
    channelNamespace: z.object({ name: z.string() }),
    operation: z.enum(['PUBLISH', 'SUBSCRIBE']),
  }),
  stash: z.record(z.string(), z.unknown()),
  events: z.nullable(z.array(incomingEventSchema)),
  result: z.exactOptional(z.unknown()),
  error: z.exactOptional(z.unknown()),
  prev: z.exactOptional(z.unknown()),
  outErrors: z.exactOptional(z.array(z.unknown())),
});

/** An event to broadcast (same `id` as the incoming one), or an `error` that drops it and tells the publisher. */
const outgoingEventSchema = z.object({
  id: z.string(),
  payload: z.optional(z.unknown()),
  error: z.optional(z.string()),
});

/** The PUBLISH answer: the events to broadcast (omitted ones are dropped), or an `error` failing the publish. */
export const appsyncEventsPublishResponseSchema = z.object({
  events: z.optional(z.array(outgoingEventSchema)),
  error: z.optional(z.string()),
});

/**
 * The SUBSCRIBE answer: nothing (`null`) allows the subscription, an `error`
 * refuses it. Strict, so that a PUBLISH answer with a malformed `events`
 * list is not read as a subscribe answer by the union below.
 */
export const appsyncEventsSubscribeResponseSchema = z.nullish(z.strictObject({ error: z.optional(z.string()) }));

/** What the handler answers, by operation (the union of both). */
export const appsyncEventsResponseSchema = z.union([
  appsyncEventsPublishResponseSchema,
  appsyncEventsSubscribeResponseSchema,
]);

export type AppsyncEventsEvent = z.output<typeof appsyncEventsEventSchema>;
export type AppsyncEventsPublishEvent = AppsyncEventsEvent & {
  readonly info: { readonly operation: 'PUBLISH' };
  readonly events: z.output<typeof incomingEventSchema>[];
};
export type AppsyncEventsSubscribeEvent = AppsyncEventsEvent & {
  readonly info: { readonly operation: 'SUBSCRIBE' };
  readonly events: null;
};
export type AppsyncEventsOutgoingEvent = z.output<typeof outgoingEventSchema>;
export type AppsyncEventsPublishResult = z.output<typeof appsyncEventsPublishResponseSchema>;
export type AppsyncEventsSubscribeResult = z.output<typeof appsyncEventsSubscribeResponseSchema>;
export type AppsyncEventsResult = z.output<typeof appsyncEventsResponseSchema>;

/** Per-variant types: `publish` handlers answer with events, `subscribe` handlers with nothing or an error. */
export type AppsyncEventsVariantTypes = {
  readonly publish: { readonly event: AppsyncEventsPublishEvent; readonly result: AppsyncEventsPublishResult };
  readonly subscribe: { readonly event: AppsyncEventsSubscribeEvent; readonly result: AppsyncEventsSubscribeResult };
};

/**
 * The PUBLISH answer that broadcasts `events` (transformed or filtered; an
 * event left out is not broadcast).
 *
 * @example
 * router().on(appsyncEvents.variant('publish'), async (event) =>
 *   toAppsyncEventsPublishResult(event.events.map(({ id, payload }) => ({ id, payload: { ...payload, seen: true } }))))
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export function toAppsyncEventsPublishResult(events: Iterable<AppsyncEventsOutgoingEvent>): AppsyncEventsPublishResult {
  return { events: Array.isArray(events) ? events : Array.from(events) };
}

/**
 * An answer that fails the whole operation: the publish is rejected, or the
 * subscription refused, and the client gets `message`.
 *
 * @example
 * router().on(appsyncEvents.variant('subscribe'), async (event) =>
 *   event.info.channel.segments[1] === 'admin' ? toAppsyncEventsError('Not allowed') : null)
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export function toAppsyncEventsError(message: string): { readonly error: string } {
  return { error: message };
}

/**
 * The entry that drops one published event and reports `message` for it
 * while the other events of the publish go through.
 *
 * @example
 * toAppsyncEventsPublishResult(event.events.map((e) => (isValid(e.payload) ? e : toAppsyncEventsEventError(e.id, 'Invalid payload'))))
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export function toAppsyncEventsEventError(id: string, message: string): AppsyncEventsOutgoingEvent {
  return { id, error: message };
}

/**
 * AWS AppSync Events: a channel namespace whose `onPublish`/`onSubscribe`
 * handler is a Lambda data source with direct integration (request/response).
 *
 * @example
 * router().on(appsyncEvents.variant('publish'), async (event) => toAppsyncEventsPublishResult(event.events))
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export const appsyncEvents = withVariantTypes<AppsyncEventsVariantTypes>()(
  defineSource<
    'appsync-events',
    typeof appsyncEventsEventSchema,
    typeof appsyncEventsResponseSchema,
    AppsyncEventsResult,
    'publish' | 'subscribe'
  >({
    id: 'appsync-events',
    invocation: 'sync',
    // Only AppSync Events names a channel (`info.channel`) and an `info.operation` of PUBLISH or
    // SUBSCRIBE; GraphQL resolver contexts have `info.fieldName` instead. No corpus event: the
    // shape comes from the AppSync Events guide (links above).
    detect: (event) => {
      if (!isObject(event) || !isObject(event.info) || !isObject(event.info.channel)) return false;
      return event.info.operation === 'PUBLISH' || event.info.operation === 'SUBSCRIBE';
    },
    schema: appsyncEventsEventSchema,
    response: appsyncEventsResponseSchema,
    variants: ['publish', 'subscribe'],
    variantOf: (event) => (event.info.operation === 'PUBLISH' ? 'publish' : 'subscribe'),
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
  }),
);

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
