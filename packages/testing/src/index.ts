/**
 * @switchboard/testing: run and test Switchboard functions without AWS.
 *
 * - `events.<name>(overrides?)`: a realistic event of every built-in source,
 *   valid against its schema and detected as it. `<name>` is the camelCase of
 *   the source id, which is also the source's export name (`apigw-http` →
 *   `events.apigwHttp`); `eventFactoryOf(id)` finds a factory by id (the CLI).
 * - `events.<name>.variant(variant, overrides?)`: an event of that variant.
 * - `events.sqs.fromBodies`, `events.s3.put`, `events.eventbridge.scheduled`,
 *   `events.http({ dialect, ... })`: the events tests write most.
 * - `lambdaContext`, `invoke`, `toLambdaError`: run a handler as Lambda does.
 *
 * @module
 */
export { type LambdaContextOptions, lambdaContext } from './context.js';
export { s3Put, scheduledEvent } from './conveniences.js';
export { type DeepPartial, deepMerge } from './deep-merge.js';
export {
  type EventFactory,
  eventFactory,
  type VariantEventOf,
  type VariantMaker,
  type VariantMakers,
} from './event-factory.js';
export { type Events, eventFactoryOf, events, type SourceEventFactories } from './events.js';
export {
  type FieldValues,
  type HttpDialect,
  type HttpEventSpec,
  type HttpEvents,
  type HttpRequestSpec,
  httpEvent,
} from './http/index.js';
export {
  type Invocation,
  InvocationTimeoutError,
  type InvokeOptions,
  invoke,
  type LambdaHandlerFunction,
} from './invoke.js';
export { type LambdaError, toLambdaError } from './lambda-error.js';
export { type SqsBatchOptions, sqsBatch } from './sqs-batch.js';
