import * as z from 'zod/mini';

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
