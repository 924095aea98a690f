import { DefinitionError, type DescribedSource, type Source } from '@switchboard/core';
import { type DeepPartial, deepMerge } from './deep-merge.js';

/** Makes one variant's event from the source's sample (a patch, or a new event). */
export type VariantMaker<Event> = (sample: Event) => Event;

/** The variant makers of a source, by variant name; a variant the sample already is needs none. */
export type VariantMakers<Event> = Readonly<Record<string, VariantMaker<Event>>>;

// Reads the parts of a `Source` type the factory's own types need.
type EventIn<S> = S extends Source<string, infer Event, any, any, any> ? Event : never;
type VariantIn<S> = S extends Source<string, any, any, infer Variant, any> ? Variant : never;
type TypesIn<S> = S extends Source<string, any, any, any, infer Types> ? Types : never;

/** The event type of variant `Name` of `S`: its own type (Cognito triggers), else the source's. */
export type VariantEventOf<S, Name> = Name extends keyof TypesIn<S>
  ? TypesIn<S>[Name] extends { readonly event: infer Event }
    ? Event
    : EventIn<S>
  : EventIn<S>;

/**
 * Realistic events of one source: call it for the source's sample with
 * overrides applied, or `.variant(name, overrides)` for an event detected as
 * that variant.
 *
 * @example
 * events.sqs({ Records: [record] })
 * events.sqs.variant('fifo')
 */
export interface EventFactory<S extends DescribedSource> {
  (overrides?: DeepPartial<EventIn<S>>): EventIn<S>;
  /** An event of variant `name`, with `overrides` applied. Throws for a name the source does not know. */
  variant<Name extends VariantIn<S>>(
    name: Name,
    overrides?: DeepPartial<VariantEventOf<S, Name>>,
  ): VariantEventOf<S, Name>;
  /** The source whose events this factory makes. */
  readonly source: S;
}

/**
 * The event factory of a described `source`: its `sample()` with deep overrides, and its
 * variants through `makers` (a variant the sample already is needs no maker;
 * `open` makes the variants of an open source that `makers` does not name).
 *
 * @example
 * const orders = eventFactory(sqs, { fifo: (sample) => ({ ...sample, Records: [...] }) })
 */
export function eventFactory<S extends DescribedSource>(
  source: S,
  makers: VariantMakers<EventIn<S>> = {},
  open?: (sample: EventIn<S>, name: string) => EventIn<S>,
): EventFactory<S> {
  const make = (overrides?: DeepPartial<EventIn<S>>): EventIn<S> => deepMerge(source.sample(), overrides);
  function variant(name: string, overrides?: unknown): unknown {
    source.variant(name); // throws a DefinitionError naming the source's variants for an unknown name
    const sample: EventIn<S> = source.sample();
    const maker = makers[name];
    let made: EventIn<S>;
    if (maker !== undefined) made = maker(sample);
    else if (source.variantOf?.(sample) === name) made = sample;
    else if (open !== undefined) made = open(sample, name);
    else throw new DefinitionError(`@switchboard/testing cannot make variant "${name}" of ${source.id}`);
    return deepMerge(made, overrides as DeepPartial<EventIn<S>>);
  }
  return Object.assign(make, { variant, source }) as EventFactory<S>;
}
