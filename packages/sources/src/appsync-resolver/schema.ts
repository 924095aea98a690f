import * as z from 'zod/mini';

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
