import { defineSource, withVariantTypes } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

const freeMap = z.record(z.string(), z.unknown());

/**
 * The context a direct Lambda resolver receives for one field: the field
 * (`info`), its `arguments`, the parent object (`source`), the caller
 * (`identity`, shaped by the API's auth mode; absent or null for API keys)
 * and the `request` headers. Pipeline functions also see `prev` and `stash`.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/direct-lambda-reference.html
 */
export const appsyncResolverContextSchema = z.object({
  arguments: freeMap,
  identity: z.exactOptional(z.nullable(freeMap)),
  source: z.nullable(freeMap),
  request: z.object({
    headers: z.record(z.string(), z.string()),
    // The API's custom domain, when the request used one.
    domainName: z.exactOptional(z.nullable(z.string())),
  }),
  info: z.object({
    fieldName: z.string(),
    parentTypeName: z.string(),
    selectionSetList: z.array(z.string()),
    selectionSetGraphQL: z.string(),
    variables: freeMap,
  }),
  prev: z.exactOptional(z.nullable(freeMap)),
  stash: freeMap,
});

/** With batching enabled, one invocation carries the contexts of up to `maxBatchSize` fields (BatchInvoke). */
export const appsyncResolverBatchSchema = z.array(appsyncResolverContextSchema).check(z.minLength(1));

export const appsyncResolverEventSchema = z.union([appsyncResolverContextSchema, appsyncResolverBatchSchema]);

/**
 * The field's data: any JSON value (nothing resolves the field to null). For
 * a batch, an array with one entry per context, in order; an entry may be an
 * item error (`toAppsyncResolverItemError`).
 */
export const appsyncResolverResponseSchema = z.optional(z.json());

export type AppsyncResolverContext = z.output<typeof appsyncResolverContextSchema>;
export type AppsyncResolverBatchEvent = z.output<typeof appsyncResolverBatchSchema>;
export type AppsyncResolverEvent = z.output<typeof appsyncResolverEventSchema>;

/** One entry of a batch answer that fails its field: AppSync raises a GraphQL error for that field only. */
export interface AppsyncResolverItemError {
  readonly data: unknown;
  readonly errorMessage: string;
  readonly errorType: string;
}

/** Per-variant types: a `single` handler gets one context and returns the field's data; a `batch` one, one entry per context. */
export type AppsyncResolverVariantTypes = {
  readonly single: { readonly event: AppsyncResolverContext; readonly result: unknown };
  readonly batch: { readonly event: AppsyncResolverBatchEvent; readonly result: readonly unknown[] };
};

/**
 * The error entry for one field of a batch: that field resolves to a GraphQL
 * error (`message`, `errorType`, and `data` when given) while the others keep
 * their data. For a single field, throw instead: the invocation error becomes
 * the field's GraphQL error.
 *
 * @example
 * return event.map((item) => (item.source?.authorId ? lookUp(item) : toAppsyncResolverItemError('No author', 'NotFound')))
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers.html#returning-individual-errors
 */
export function toAppsyncResolverItemError(
  message: string,
  errorType = 'Error',
  data: unknown = null,
): AppsyncResolverItemError {
  return { data, errorMessage: message, errorType };
}

/**
 * A batch answer from settled per-item work, in order: a fulfilled item is
 * its value, a rejected one an item error carrying the error's `name` and
 * `message` (which reach the GraphQL client: throw messages meant for it).
 *
 * @example
 * router().on(appsyncResolver.variant('batch'), async (event) =>
 *   toAppsyncResolverBatchResult(await Promise.allSettled(event.map(resolveAuthor))))
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers.html#advanced-use-case-batching
 */
export function toAppsyncResolverBatchResult(settled: readonly PromiseSettledResult<unknown>[]): unknown[] {
  return settled.map((item) => (item.status === 'fulfilled' ? item.value : toItemError(item.reason)));
}

function toItemError(reason: unknown): AppsyncResolverItemError {
  if (reason instanceof Error) return toAppsyncResolverItemError(reason.message, reason.name);
  return toAppsyncResolverItemError('The resolver failed', 'Error');
}

/** A resolver context names its field and the field's parent type in `info`. */
function isResolverContext(value: unknown): boolean {
  return (
    isObject(value) &&
    isObject(value.info) &&
    typeof value.info.fieldName === 'string' &&
    typeof value.info.parentTypeName === 'string'
  );
}

/**
 * AWS AppSync direct Lambda resolvers (no mapping template), one field per
 * invocation (`single`) or a batch of fields (`batch`, BatchInvoke).
 *
 * @example
 * router().on(appsyncResolver.variant('single'), async (event) => getPost(event.arguments.id))
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/direct-lambda-reference.html
 */
export const appsyncResolver = withVariantTypes<AppsyncResolverVariantTypes>()(
  defineSource<
    'appsync-resolver',
    typeof appsyncResolverEventSchema,
    typeof appsyncResolverResponseSchema,
    unknown,
    'single' | 'batch'
  >({
    id: 'appsync-resolver',
    invocation: 'sync',
    // `info.fieldName` with `info.parentTypeName` is the GraphQL field being resolved: no other
    // caller sends them (AppSync Events handlers have `info.channel`; Lambda authorizers have
    // `authorizationToken`). A batch is an array of such contexts: the only array event Lambda gets.
    detect: (event) => isResolverContext(Array.isArray(event) ? event[0] : event),
    schema: appsyncResolverEventSchema,
    response: appsyncResolverResponseSchema,
    variants: ['single', 'batch'],
    variantOf: (event) => (Array.isArray(event) ? 'batch' : 'single'),
    sample: sampleAppsyncResolverBatch,
    docs: {
      service: 'AWS AppSync (direct Lambda resolvers)',
      summary:
        'A GraphQL field whose resolver is a Lambda data source without mapping templates invokes the function with the resolver context and returns what the function returns as the field. With batching, one invocation carries up to `maxBatchSize` contexts (an array) and the function returns an array of the same length, in order; `toAppsyncResolverItemError` fails one entry. The sample is a batch: a single context is one of its items.',
      detection:
        'The event (or, for a batch, its first element) has string `info.fieldName` and `info.parentTypeName`; an array is the `batch` variant.',
      retries:
        'None: the GraphQL request waits. A thrown error (or a timeout) fails the field, or every field of a batch, with a GraphQL error carrying its message; a batch answer of the wrong length fails every field.',
      limits: [
        {
          name: 'Batch size',
          value: '1 to 2,000 contexts per invocation (`maxBatchSize`)',
          link: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateResolver.html',
        },
        {
          name: 'Request execution time',
          value: '30 seconds for the whole GraphQL request',
          link: 'https://docs.aws.amazon.com/general/latest/gr/appsync.html',
        },
        {
          name: 'Invocation payload',
          value: '6 MB request and response (synchronous invocation limit)',
          link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
        },
      ],
      links: [
        {
          title: 'Direct Lambda resolvers',
          url: 'https://docs.aws.amazon.com/appsync/latest/devguide/direct-lambda-reference.html',
        },
        {
          title: 'Using Lambda resolvers (batching, errors)',
          url: 'https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers.html',
        },
      ],
    },
  }),
);

/** The context of `Post.author` for one post of a `listPosts` query. */
function sampleContext(postId: string, authorId: string): AppsyncResolverContext {
  return {
    arguments: {},
    identity: {
      sub: '192879fc-a240-4bf1-ab5a-d6a00f3063f9',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Xv4Kb7pQz',
      username: 'jdoe',
      claims: { 'cognito:username': 'jdoe', token_use: 'id' },
      sourceIp: ['203.0.113.24'],
      defaultAuthStrategy: 'ALLOW',
      groups: null,
    },
    source: { id: postId, title: 'Batching resolvers', authorId },
    request: {
      headers: {
        host: 'qm3x7c2fnbd4lfyzbcxnmbkl6u.appsync-api.us-east-1.amazonaws.com',
        'content-type': 'application/json',
        'x-amzn-requestid': '7ada8740-bbf4-49e8-bf45-f10b3d67159b',
      },
      domainName: null,
    },
    info: {
      fieldName: 'author',
      parentTypeName: 'Post',
      selectionSetList: ['id', 'name'],
      selectionSetGraphQL: '{\n  id\n  name\n}',
      variables: {},
    },
    prev: null,
    stash: {},
  };
}

function sampleAppsyncResolverBatch(): AppsyncResolverEvent {
  return [sampleContext('p-1001', 'a-17'), sampleContext('p-1002', 'a-42')];
}
