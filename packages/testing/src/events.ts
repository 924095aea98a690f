import type { DescribedSource } from '@switchboard/core';
import { type BuiltinSources, builtinSources, toPropertyName } from './builtin-sources.js';
import { s3Put, scheduledEvent } from './conveniences.js';
import { type EventFactory, eventFactory, type VariantMakers } from './event-factory.js';
import { httpEvent } from './http/index.js';
import { openVariantMakers, variantMakers } from './internal/variants/index.js';
import { sqsBatch } from './sqs-batch.js';

/** One event factory per built-in source, under the source's camelCase name. */
export type SourceEventFactories = { readonly [Name in keyof BuiltinSources]: EventFactory<BuiltinSources[Name]> };

type Extras = {
  readonly sqs: { readonly fromBodies: typeof sqsBatch };
  readonly s3: { readonly put: typeof s3Put };
  readonly eventbridge: { readonly scheduled: typeof scheduledEvent };
};

/** The `events` object: a factory per source, a few shortcuts, and `http` for any HTTP dialect. */
export type Events = {
  readonly [Name in keyof SourceEventFactories]: SourceEventFactories[Name] &
    (Name extends keyof Extras ? Extras[Name] : unknown);
} & {
  readonly http: typeof httpEvent;
};

const factories = Object.fromEntries(
  Object.entries(builtinSources).map(([name, source]) => [
    name,
    eventFactory(
      source,
      (variantMakers as Readonly<Record<string, VariantMakers<unknown>>>)[name],
      (openVariantMakers as Readonly<Record<string, (sample: unknown, name: string) => unknown>>)[name],
    ),
  ]),
) as unknown as SourceEventFactories;

/**
 * Realistic events for every built-in source, valid against its schema and
 * detected as it: `events.<name>(overrides?)`, where `<name>` is the camelCase
 * of the source id (`events.apigwHttp`, `events.cognitoUserPool`), and
 * `events.<name>.variant(variant, overrides?)` for an event of that variant.
 * Overrides are deep: objects merge, arrays replace.
 *
 * @example
 * events.sqs.fromBodies([{ orderId: 'o-1' }])
 * events.cognitoUserPool.variant('PostConfirmation_ConfirmSignUp', { request: { userAttributes: { email: 'a@example.com' } } })
 * events.http({ dialect: 'apigw-rest', method: 'GET', path: '/orders', query: { limit: '10' } })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export const events: Events = {
  ...factories,
  sqs: Object.assign(factories.sqs, { fromBodies: sqsBatch }),
  s3: Object.assign(factories.s3, { put: s3Put }),
  eventbridge: Object.assign(factories.eventbridge, { scheduled: scheduledEvent }),
  http: httpEvent,
};

/**
 * The event factory of the built-in source `id` (kebab-case, as the CLI reads
 * it), or undefined for an id no built-in source has.
 *
 * @example
 * eventFactoryOf('cognito-user-pool')?.variant('PreSignUp_SignUp')
 */
export function eventFactoryOf(id: string): EventFactory<DescribedSource> | undefined {
  const name = toPropertyName(id);
  return Object.hasOwn(factories, name)
    ? (factories as Record<string, EventFactory<DescribedSource>>)[name]
    : undefined;
}
