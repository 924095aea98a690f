import { type $ZodType, toJSONSchema } from 'zod/v4/core';

/** A JSON Schema as plain data: what `toJSONSchema` returns, read without zod's types. */
export type JsonSchema = { readonly [key: string]: unknown };

/** A schema rendered for the docs, with what JSON Schema could not say about it. */
export interface DocSchema {
  readonly json: JsonSchema;
  /** One sentence per part that JSON Schema cannot express (a transform, a custom check), with its path. */
  readonly gaps: readonly string[];
}

/**
 * Converts a source's zod schema to JSON Schema without ever throwing: parts
 * with no JSON Schema equivalent become `{}` (any value) and are listed in
 * `gaps`, so the page can say what the JSON Schema leaves out. The input side
 * is rendered (`io: 'input'`): the event as AWS sends it, the answer as the
 * handler gives it.
 *
 * @example
 * const { json, gaps } = toDocSchema(sqs.schema)
 * @see https://zod.dev/json-schema
 */
export function toDocSchema(schema: $ZodType): DocSchema {
  const gaps = new Set<string>();
  const converted = toJSONSchema(schema, {
    io: 'input',
    unrepresentable: ({ path, message }) => {
      gaps.add(`\`${toPointer(path)}\`: ${message}`);
      return 'any';
    },
    override: ({ zodSchema, path }) => {
      // Refinements are dropped by the conversion without a word: name them here.
      if (hasCustomCheck(zodSchema)) gaps.add(`\`${toPointer(path)}\`: a custom check that JSON Schema cannot express`);
    },
  });
  // The result carries zod's `~standard` helpers; a JSON round trip keeps only the schema.
  return { json: JSON.parse(JSON.stringify(converted)) as JsonSchema, gaps: [...gaps].sort() };
}

function hasCustomCheck(schema: $ZodType): boolean {
  const checks = schema._zod.def.checks ?? [];
  return checks.some((check) => check._zod.def.check === 'custom');
}

/** A JSON Pointer into the JSON Schema (RFC 6901), `#` for the root. */
function toPointer(path: readonly (string | number)[]): string {
  if (path.length === 0) return '#';
  return `#/${path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}
