/**
 * What a runtime source's spec must satisfy, as type rules: the compiler
 * refuses a bad spec where `runtimeSource` is called. Types, not checks at
 * run time, because every built-in source is made by `runtimeSource` at
 * import, so a check there would be carried (and run) by every function.
 * `defineSource`, the road for sources written in plain JavaScript too,
 * also checks at run time (`assertSpec`).
 */

import { DefinitionError } from './errors.js';
import type { AnswerLimit } from './internal/response-size.js';

/**
 * A source whose caller reads the answer must name its size cap: the
 * compiler says "Property 'answerLimit' is missing" for a `sync` runtime
 * source without one (`defineSource` fills in `syncAnswerLimit` itself).
 */
export type AnswerLimitRule =
  | { readonly invocation: 'async' | 'poll' }
  | { readonly invocation: 'sync' | 'sync-or-async'; readonly answerLimit: AnswerLimit };

/**
 * A source that lists variants (or takes open ones) must say how to tell
 * them apart: the compiler says "Property 'variantOf' is missing".
 * `Variant` is what `variants` lists (`never` for none) and `Open` what
 * `openVariants` says (`boolean` when not inferred: no demand).
 */
export type VariantRule<Variant extends string, Open extends boolean> = [Variant] extends [never]
  ? true extends Open
    ? boolean extends Open
      ? unknown
      : TellsVariantsApart
    : unknown
  : TellsVariantsApart;

interface TellsVariantsApart {
  readonly variantOf: (event: never) => string | undefined;
}

/**
 * Ids are kebab-case (`sqs`, `apigw-http`): they name docs pages, CLI
 * arguments and log fields. A literal id that is not gives the compiler
 * error "Property 'Source id "Order Task" must be kebab-case …' is missing":
 * the rule is a property no spec has, since a clash on `id` itself would
 * only say "not assignable to type 'never'".
 */
export type IdRule<Id extends string> =
  IsKebabCase<Id> extends true
    ? unknown
    : { readonly [Rule in `Source id "${Id}" must be kebab-case (a-z, 0-9, single dashes)`]: never };

/** The characters of a string literal, as a union. */
type CharactersOf<Text extends string> = Text extends `${infer First}${infer Rest}`
  ? First | CharactersOf<Rest>
  : never;
type LowerAlphanumeric = CharactersOf<'abcdefghijklmnopqrstuvwxyz0123456789'>;

type IsWord<Text extends string> = Text extends `${LowerAlphanumeric}${infer Rest}`
  ? Rest extends ''
    ? true
    : IsWord<Rest>
  : false;

/** `true` for a kebab-case literal, and for `string` (an id computed at run time, which `defineSource` checks). */
export type IsKebabCase<Id extends string> = string extends Id
  ? true
  : Id extends `${infer Word}-${infer Rest}`
    ? IsWord<Word> extends true
      ? IsKebabCase<Rest>
      : false
    : IsWord<Id>;

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The id and variant rules, at run time: for `defineSource`, whose callers may not have a compiler. */
export function assertSpec(spec: {
  readonly id: string;
  readonly variants?: readonly string[] | undefined;
  readonly openVariants?: boolean | undefined;
  readonly variantOf?: unknown;
}): void {
  if (!kebabCase.test(spec.id)) {
    throw new DefinitionError(`Source id "${spec.id}" must be kebab-case (a-z, 0-9, single dashes)`);
  }
  const hasVariants = (spec.variants?.length ?? 0) > 0 || spec.openVariants === true;
  if (hasVariants && spec.variantOf === undefined) {
    throw new DefinitionError(`Source ${spec.id} lists variants but has no variantOf to tell them apart`);
  }
}
