import { runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { AppsyncResolverBatchEvent, AppsyncResolverContext, AppsyncResolverEvent } from './schema.js';

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
  runtimeSource<AppsyncResolverEvent, unknown>()({
    id: 'appsync-resolver',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // `info.fieldName` with `info.parentTypeName` is the GraphQL field being resolved: no other
    // caller sends them (AppSync Events handlers have `info.channel`; Lambda authorizers have
    // `authorizationToken`). A batch is an array of such contexts: the only array event Lambda gets.
    detect: (event) => isResolverContext(Array.isArray(event) ? event[0] : event),
    variants: ['single', 'batch'],
    variantOf: (event) => (Array.isArray(event) ? 'batch' : 'single'),
  }),
);
