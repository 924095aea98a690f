import { runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type {
  AppsyncEventsEvent,
  AppsyncEventsOutgoingEvent,
  AppsyncEventsPublishResult,
  AppsyncEventsResult,
  AppsyncEventsVariantTypes,
} from './schema.js';

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
  runtimeSource<AppsyncEventsEvent, AppsyncEventsResult>()({
    id: 'appsync-events',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // Only AppSync Events names a channel (`info.channel`) and an `info.operation` of PUBLISH or
    // SUBSCRIBE; GraphQL resolver contexts have `info.fieldName` instead. No corpus event: the
    // shape comes from the AppSync Events guide (links above).
    detect: (event) => {
      if (!isObject(event) || !isObject(event.info) || !isObject(event.info.channel)) return false;
      return event.info.operation === 'PUBLISH' || event.info.operation === 'SUBSCRIBE';
    },
    variants: ['publish', 'subscribe'],
    variantOf: (event) => (event.info.operation === 'PUBLISH' ? 'publish' : 'subscribe'),
  }),
);
