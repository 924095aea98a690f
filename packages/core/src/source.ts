import type { $ZodType, output } from 'zod/v4/core';
import { DefinitionError } from './errors.js';

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

/** What `defineSource` takes. `Result` is what a handler returns; `toResult` turns it into the caller's answer. */
export interface SourceSpec<
  Id extends string,
  Schema extends $ZodType,
  Response extends $ZodType | undefined,
  Result,
  Variant extends string,
> {
  /** Public id, kebab-case (`sqs`, `apigw-http`). */
  readonly id: Id;
  readonly invocation: InvocationType;
  /** Pure, cheap predicate on discriminating fields. Never a full parse. */
  readonly detect: (event: unknown) => boolean;
  /** Schema of the event as AWS sends it. */
  readonly schema: Schema;
  /** Schema of the answer the caller reads. Only for callers that read one. */
  readonly response?: Response;
  /** Known variant names, for routing, docs and the CLI. */
  readonly variants?: readonly Variant[];
  /** Variant names beyond `variants` may be mounted (an EventBridge detail-type, say). */
  readonly openVariants?: boolean;
  /** Which variant an already-detected event is. Cheap, like `detect`. */
  readonly variantOf?: (event: output<Schema>) => string | undefined;
  /** Turns a handler's return value into the caller's answer (default: unchanged). */
  readonly toResult?: (result: Result, event: output<Schema>) => unknown;
  /** A realistic event that passes `schema`. */
  readonly sample: () => output<Schema>;
  readonly docs: SourceDocs;
}

/** A source: one AWS caller, as a plain object. Made only by `defineSource`. */
export interface Source<Id extends string = string, Event = any, Result = any, Variant extends string = string> {
  readonly kind: 'source';
  readonly id: Id;
  readonly invocation: InvocationType;
  readonly detect: (event: unknown) => boolean;
  readonly schema: $ZodType;
  readonly response: $ZodType | undefined;
  readonly variants: readonly Variant[];
  readonly openVariants: boolean;
  readonly variantOf: ((event: Event) => string | undefined) | undefined;
  readonly toResult: ((result: Result, event: Event) => unknown) | undefined;
  readonly sample: () => Event;
  readonly docs: SourceDocs;
  /** The mountable sub-kind `name` of this source. Throws for a name the source does not know. */
  variant(name: Variant): SourceVariant<Event, Result>;
}

/** One variant of a source: mounted like a source, checked before the source's own handler. */
export interface SourceVariant<Event = any, Result = any> {
  readonly kind: 'variant';
  readonly source: Source<string, Event, Result>;
  readonly name: string;
}

/** Anything `router().on()` mounts. */
export type Mountable<Event, Result> = Source<string, Event, Result> | SourceVariant<Event, Result>;

/** The event type a source's handlers receive. */
export type EventOf<S> =
  S extends Source<string, infer Event, any, any> ? Event : S extends SourceVariant<infer Event, any> ? Event : never;
/** The type a source's handlers return. */
export type ResultOf<S> =
  S extends Source<string, any, infer Result, any>
    ? Result
    : S extends SourceVariant<any, infer Result>
      ? Result
      : never;

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Defines a source. Built-in and user-defined sources take this same road.
 * Mistakes (a bad id, variants without `variantOf`, a response schema on an
 * async source) throw here, when the source is defined.
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
export function defineSource<
  const Id extends string,
  Schema extends $ZodType,
  Response extends $ZodType | undefined = undefined,
  // What handlers return: the caller's answer, unless `toResult` says otherwise.
  Result = Response extends $ZodType ? output<Response> : void,
  const Variant extends string = never,
>(spec: SourceSpec<Id, Schema, Response, Result, Variant>): Source<Id, output<Schema>, Result, Variant> {
  assertSpec(spec);
  const variants = spec.variants ?? [];
  const openVariants = spec.openVariants ?? false;
  const variantCache = new Map<string, SourceVariant<output<Schema>, Result>>();
  const source: Source<Id, output<Schema>, Result, Variant> = {
    kind: 'source',
    id: spec.id,
    invocation: spec.invocation,
    detect: spec.detect,
    schema: spec.schema,
    response: spec.response,
    variants,
    openVariants,
    variantOf: spec.variantOf,
    toResult: spec.toResult,
    sample: spec.sample,
    docs: spec.docs,
    variant(name) {
      const known = variantCache.get(name);
      if (known) return known;
      if (!openVariants && !variants.includes(name)) {
        throw new DefinitionError(
          `Source ${spec.id} has no variant "${name}"; its variants are: ${variants.join(', ') || '(none)'}`,
        );
      }
      const made: SourceVariant<output<Schema>, Result> = Object.freeze({ kind: 'variant', source, name });
      variantCache.set(name, made);
      return made;
    },
  };
  return Object.freeze(source);
}

function assertSpec(spec: SourceSpec<string, $ZodType, $ZodType | undefined, any, string>): void {
  if (!idPattern.test(spec.id)) {
    throw new DefinitionError(`Source id "${spec.id}" must be kebab-case (a-z, 0-9, single dashes)`);
  }
  const hasVariants = (spec.variants?.length ?? 0) > 0 || spec.openVariants === true;
  if (hasVariants && spec.variantOf === undefined) {
    throw new DefinitionError(`Source ${spec.id} lists variants but has no variantOf to tell them apart`);
  }
  if (spec.invocation === 'async' && spec.response !== undefined) {
    throw new DefinitionError(
      `Source ${spec.id} is async: its caller never reads an answer, so it cannot have a response schema`,
    );
  }
}
