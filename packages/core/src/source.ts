import type { Context } from 'aws-lambda';
import type { $ZodType, output } from 'zod/v4/core';
import { DefinitionError } from './errors.js';
import { type AnswerLimit, syncAnswerLimit } from './internal/response-size.js';
import { assertValid } from './internal/validate.js';
import type { Logger } from './log.js';
import { type AnswerLimitRule, assertSpec, type IdRule, type VariantRule } from './source-rules.js';

/**
 * How Lambda is invoked by the caller:
 * - `sync`: the caller waits and uses the answer;
 * - `async`: Lambda queues the event, the answer is ignored (retries and destinations apply);
 * - `poll`: an event source mapping reads batches and invokes synchronously; the answer controls retries;
 * - `sync-or-async`: the caller's configuration decides (SES and WorkMail rules).
 */
export type InvocationType = 'sync' | 'async' | 'poll' | 'sync-or-async';

/** A documented limit of a source (payload size, batch size, timeout), with the AWS page that states it. */
export interface SourceLimit {
  readonly name: string;
  readonly value: string;
  readonly link?: string;
}

export interface SourceLink {
  readonly title: string;
  readonly url: string;
}

/** What the generated docs page says about a source. */
export interface SourceDocs {
  /** The AWS service, as AWS names it: "Amazon SQS". */
  readonly service: string;
  readonly summary: string;
  /** The detection rule in one sentence. */
  readonly detection: string;
  /** What happens when the handler fails: retries, destinations, DLQs. */
  readonly retries: string;
  readonly limits: readonly SourceLimit[];
  readonly links: readonly SourceLink[];
}

/**
 * What a source needs at run time, in a function: detection, variants and
 * answer shaping. `Event` and `Result` are the handler's types.
 */
export interface RuntimeSpec<Id extends string, Event, Result, Variant extends string> {
  /** Public id, kebab-case (`sqs`, `apigw-http`). */
  readonly id: Id;
  readonly invocation: InvocationType;
  /** Pure, cheap predicate on discriminating fields. Never a full parse. */
  readonly detect: (event: unknown) => boolean;
  /** Known variant names, for routing, docs and the CLI. */
  readonly variants?: readonly Variant[];
  /** Variant names beyond `variants` may be mounted (an EventBridge detail-type, say). */
  readonly openVariants?: boolean;
  /** Which variant an already-detected event is. Cheap, like `detect`. */
  readonly variantOf?: (event: Event) => string | undefined;
  /** Turns a handler's return value into the caller's answer (default: unchanged). */
  readonly toResult?: (result: Result, event: Event) => unknown;
  /**
   * Holds each answer to its caller's size cap. Required when the caller
   * reads the answer (`sync`, `sync-or-async`): pass `syncAnswerLimit`.
   * Passed here rather than applied by the router, so that a function
   * mounting only poll or async sources carries no size check.
   */
  readonly answerLimit?: AnswerLimit;
  /**
   * Owns the answer on every path, for callers that must always hear back:
   * `settling(settle)`, where `run` validates (when the router does), runs
   * the handler and applies `toResult`, and `settle` decides what the caller
   * gets when it resolves, throws or runs too close to the Lambda timeout (an
   * authorizer denies, a custom resource PUTs FAILED to CloudFormation).
   */
  readonly settle?: Settling<Event>;
}

/**
 * What a source is, beyond what runs: its schemas, a sample event and its
 * docs. Tools, tests, the docs and `validateEvent` read it; a function that
 * only mounts the source never carries it (see `describeSource`).
 */
export interface SourceReference<Event> {
  /** Schema of the event as AWS sends it. */
  readonly schema: $ZodType;
  /** Schema of the answer the caller reads. Only for callers that read one. */
  readonly response?: $ZodType | undefined;
  /** A realistic event that passes `schema`. */
  readonly sample: () => Event;
  readonly docs: SourceDocs;
}

/** What `defineSource` takes: a source and its reference in one object. `Result` is what a handler returns. */
export interface SourceSpec<
  Id extends string,
  Schema extends $ZodType,
  Response extends $ZodType | undefined,
  Result,
  Variant extends string,
> extends RuntimeSpec<Id, output<Schema>, Result, Variant> {
  /** Schema of the event as AWS sends it. */
  readonly schema: Schema;
  /** Schema of the answer the caller reads. Only for callers that read one. */
  readonly response?: Response;
  /** A realistic event that passes `schema`. */
  readonly sample: () => output<Schema>;
  readonly docs: SourceDocs;
}

/** What `settle` gets besides the event: the Lambda context and the router's timeout margin. */
export interface SettleContext {
  readonly context: Context;
  /** How long before the Lambda timeout a settling source must have answered. */
  readonly timeoutMarginMs: number;
  /**
   * Logs a failure the source answers for (and so swallows) through the
   * router's log: fixed `message`, the error's class name, never its message
   * or stack unless the router has `logDetails`.
   */
  readonly report: (message: string, thrown?: unknown) => void;
}

export type Settle<Event> = (run: () => Promise<unknown>, event: Event, settle: SettleContext) => Promise<unknown>;

/** What the router tells a settling source on each call, besides the handler, event and context. */
export interface SettleOptions {
  readonly validateEvent: boolean;
  readonly timeoutMarginMs: number;
  readonly logger: Logger | undefined;
}

/**
 * A source's `settle` as the router calls it: made by `settling(settle)`,
 * which brings the code that runs the handler inside `settle`, so that a
 * function mounting no settling source carries none of it.
 */
export type Settling<Event> = (
  source: Source,
  handler: (event: unknown, context: Context) => unknown,
  event: Event,
  context: Context,
  options: SettleOptions,
) => Promise<unknown>;

/** The variant types of a source whose variants share its own types. */
export type NoVariantTypes = Record<never, never>;

/** Event and result types of the variants whose types differ from their source's (Cognito triggers). */
export type VariantTypes = Readonly<Record<string, { readonly event: unknown; readonly result: unknown }>>;

type VariantEvent<Types, Name, Fallback> = Name extends keyof Types
  ? Types[Name] extends { readonly event: infer Event }
    ? Event
    : Fallback
  : Fallback;
type VariantResult<Types, Name, Fallback> = Name extends keyof Types
  ? Types[Name] extends { readonly result: infer Result }
    ? Result
    : Fallback
  : Fallback;

/** A source: one AWS caller, as a plain object. Made by `runtimeSource` or `defineSource`. */
export interface Source<
  Id extends string = string,
  Event = any,
  Result = any,
  Variant extends string = string,
  // `any` so that a bare `Source` (a list of sources, a tool's parameter) accepts sources with variant types.
  Types extends VariantTypes = any,
  // A described source (`describeSource`, `defineSource`) has its reference; a runtime-only source has none.
> extends Partial<Reference<Event>> {
  readonly kind: 'source';
  readonly id: Id;
  readonly invocation: InvocationType;
  readonly detect: (event: unknown) => boolean;
  readonly variants: readonly Variant[];
  readonly openVariants: boolean;
  readonly variantOf: ((event: Event) => string | undefined) | undefined;
  readonly toResult: ((result: Result, event: Event) => unknown) | undefined;
  /** Set on every source whose caller reads the answer (`sync`, `sync-or-async`). */
  readonly answerLimit: AnswerLimit | undefined;
  readonly settle: Settling<Event> | undefined;
  /** Types only, never set: the per-variant types, so that they are inferred from the source as a whole. */
  readonly variantTypes?: (types: Types) => Types;
  /** The mountable sub-kind `name` of this source. Throws for a name the source does not know. */
  variant<Name extends Variant>(
    name: Name,
  ): SourceVariant<VariantEvent<Types, Name, Event>, VariantResult<Types, Name, Result>>;
}

/** A source's reference: what tools, tests and the docs read. */
interface Reference<Event> {
  readonly schema: $ZodType;
  readonly response: $ZodType | undefined;
  readonly sample: () => Event;
  readonly docs: SourceDocs;
}

/** What `describeSource` adds to a source: its reference, and the checks the router's validation options run. */
export interface SourceDescription<Event> extends Reference<Event> {
  /**
   * Throws a ValidationError (paths into the event) unless `event` passes
   * `schema`. Held here, not in the router, so that validation code is only
   * in bundles that describe a source.
   */
  readonly assertEvent: (event: unknown) => void;
  /** Returns `answer` when it passes `response` (or there is none); throws a ValidationError otherwise. */
  readonly assertResponse: (answer: unknown) => unknown;
}

/**
 * A source with its reference: schemas, sample and docs. Mounts like the
 * runtime source it describes (they are the same source to a router), and is
 * what tools, tests, the docs and `validateEvent`/`validateResponse` need.
 */
export type DescribedSource<
  Id extends string = string,
  Event = any,
  Result = any,
  Variant extends string = string,
  Types extends VariantTypes = any,
> = Source<Id, Event, Result, Variant, Types> & SourceDescription<Event>;

/** One variant of a source: mounted like a source, checked before the source's own handler. */
export interface SourceVariant<Event = any, Result = any> {
  readonly kind: 'variant';
  readonly source: Source;
  readonly name: string;
  /** Types only, never set: the variant's event and result, kept invariant so variants never merge. */
  readonly types?: { readonly event: (event: Event) => Event; readonly result: (result: Result) => Result };
}

/** Anything `router().on()` mounts. */
export type Mountable<Event, Result> = Source<string, Event, Result, any, any> | SourceVariant<Event, Result>;

/** The event type a source's (or variant's) handlers receive; for a list, any of theirs. */
export type EventOf<S> = S extends readonly (infer Each)[]
  ? EventOf<Each>
  : S extends Source<string, infer Event, any, any, any>
    ? Event
    : S extends SourceVariant<infer Event, any>
      ? Event
      : never;
/** The type a source's (or variant's) handlers return; for a list, any of theirs. */
export type ResultOf<S> = S extends readonly (infer Each)[]
  ? ResultOf<Each>
  : S extends Source<string, any, infer Result, any, any>
    ? Result
    : S extends SourceVariant<any, infer Result>
      ? Result
      : never;

/**
 * Gives a source's variants their own event and result types, for sources
 * whose variants differ (each Cognito trigger has its own request and
 * response). Types only: the source object is returned as it is.
 *
 * @example
 * export const cognitoUserPool = withVariantTypes<CognitoTriggerTypes>()(defineSource({ ... }))
 */
export function withVariantTypes<Types extends VariantTypes>() {
  function typed<Id extends string, Event, Result, Variant extends string>(
    source: DescribedSource<Id, Event, Result, Variant, NoVariantTypes>,
  ): DescribedSource<Id, Event, Result, Variant, Types>;
  function typed<Id extends string, Event, Result, Variant extends string>(
    source: Source<Id, Event, Result, Variant, NoVariantTypes>,
  ): Source<Id, Event, Result, Variant, Types>;
  function typed(source: Source): Source {
    return source;
  }
  return typed;
}

/**
 * Defines the runtime part of a source: what a function needs to detect its
 * events and shape its answers, typed by `Event` and `Result`. Its schemas,
 * sample and docs are attached apart with `describeSource`, so a function
 * bundle that only mounts the source never carries them (built-in sources
 * are defined this way). Mistakes in the spec are compile errors (see
 * `source-rules.ts`), so that no function carries checks for them.
 *
 * @example
 * export const orderTask = runtimeSource<OrderTask, OrderAnswer>()({
 *   id: 'order-task',
 *   invocation: 'sync',
 *   answerLimit: syncAnswerLimit,
 *   detect: (e) => typeof e === 'object' && e !== null && 'orderId' in e,
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export function runtimeSource<Event, Result = void>() {
  // `NoInfer`: a declared return type must not lend `Variant` a value (`string`) the spec did not list.
  return <const Id extends string, const Variant extends string = never, const Open extends boolean = boolean>(
    spec: RuntimeSpec<Id, Event, Result, Variant> & { readonly openVariants?: Open } & AnswerLimitRule &
      VariantRule<Variant, Open> &
      IdRule<Id>,
  ): Source<Id, Event, Result, NoInfer<Variant>, NoVariantTypes> => {
    const source = {
      kind: 'source',
      id: spec.id,
      invocation: spec.invocation,
      detect: spec.detect,
      variants: spec.variants ?? [],
      openVariants: spec.openVariants ?? false,
      variantOf: spec.variantOf,
      toResult: spec.toResult,
      answerLimit: spec.answerLimit,
      settle: spec.settle,
      variant: variantMaker(() => source),
    } as Source<Id, Event, Result, Variant, NoVariantTypes>;
    return Object.freeze(source);
  };
}

/**
 * Attaches a source's reference (schemas, sample, docs) to it. The result
 * mounts as the same source, and is what tools, tests, the docs and the
 * router's `validateEvent`/`validateResponse` read. Pure: an unused
 * description, and everything only it reaches, falls out of a bundle.
 *
 * @example
 * export const sqsReference = describeSource(sqs, { schema: sqsEventSchema, response: sqsResponseSchema, sample, docs })
 */
export /* @__NO_SIDE_EFFECTS__ */ function describeSource<S extends Source>(
  source: S,
  reference: SourceReference<EventOf<S>>,
): S & SourceDescription<EventOf<S>> {
  if (source.invocation === 'async' && reference.response !== undefined) {
    throw new DefinitionError(
      `Source ${source.id} is async: its caller never reads an answer, so it cannot have a response schema`,
    );
  }
  // The runtime fields are the source's own (a new field cannot be forgotten); only `variant` is rebound.
  const described = {
    ...source,
    schema: reference.schema,
    response: reference.response,
    sample: reference.sample,
    docs: reference.docs,
    assertEvent: (event: unknown) => assertValid(reference.schema, event, source.id, 'event'),
    assertResponse: (answer: unknown) => {
      if (reference.response !== undefined) assertValid(reference.response, answer, source.id, 'response');
      return answer;
    },
    variant: variantMaker(() => described),
  } as unknown as S & SourceDescription<EventOf<S>>;
  return Object.freeze(described);
}

/**
 * Defines a source and its reference in one object: the road for
 * user-defined sources (a direct invoke, a Step Functions task, an
 * EventBridge Scheduler input). Mistakes (a bad id, variants without
 * `variantOf`, a response schema on an async source) throw here.
 *
 * @example
 * const stepTask = defineSource({
 *   id: 'order-task',
 *   invocation: 'sync',
 *   detect: (e) => typeof e === 'object' && e !== null && 'orderId' in e,
 *   schema: z.object({ orderId: z.string() }),
 *   sample: () => ({ orderId: 'o-1' }),
 *   docs: { service: 'AWS Step Functions', summary: 'A task state', detection: 'has orderId', retries: 'Retry fields of the state', limits: [], links: [] },
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export /* @__NO_SIDE_EFFECTS__ */ function defineSource<
  const Id extends string,
  Schema extends $ZodType,
  Response extends $ZodType | undefined = undefined,
  // What handlers return: the caller's answer, unless `toResult` says otherwise.
  Result = Response extends $ZodType ? output<Response> : void,
  const Variant extends string = never,
>(
  spec: SourceSpec<Id, Schema, Response, Result, Variant>,
): DescribedSource<Id, output<Schema>, Result, Variant, NoVariantTypes> {
  // Checked at run time: this road is also taken from plain JavaScript, and its bundles carry schemas anyway.
  assertSpec(spec);
  // A sync source defined in one object is held to the sync cap unless it names its own limit.
  const limited =
    spec.answerLimit === undefined && readsAnswer(spec.invocation) ? { ...spec, answerLimit: syncAnswerLimit } : spec;
  const source: Source<Id, output<Schema>, Result, Variant, NoVariantTypes> = runtimeSource<output<Schema>, Result>()(
    limited as SourceSpec<Id, Schema, Response, Result, Variant> & AnswerLimitRule,
  );
  return describeSource<Source<Id, output<Schema>, Result, Variant, NoVariantTypes>>(
    source,
    spec as SourceReference<any>,
  ) as DescribedSource<Id, output<Schema>, Result, Variant, NoVariantTypes>;
}

/** Whether `source` carries its reference (schemas, sample, docs). */
export function isDescribed(source: Source): source is DescribedSource {
  return source.schema !== undefined;
}

/** `source.variant`: one frozen variant object per name, checked against the declared names. */
function variantMaker(owner: () => Source): Source['variant'] {
  const cache = new Map<string, SourceVariant<any, any>>();
  return (name) => {
    const known = cache.get(name);
    if (known) return known;
    const source = owner();
    if (!source.openVariants && !source.variants.includes(name)) {
      throw new DefinitionError(
        `Source ${source.id} has no variant "${name}"; its variants are: ${source.variants.join(', ') || '(none)'}`,
      );
    }
    const made: SourceVariant<any, any> = Object.freeze({ kind: 'variant', source, name });
    cache.set(name, made);
    return made;
  };
}

/** Whether the caller waits for and reads the answer, so that it must be held to a size cap. */
function readsAnswer(invocation: InvocationType): boolean {
  return invocation === 'sync' || invocation === 'sync-or-async';
}
