import type { JsonSchema } from './json-schema.js';

/** Enum and const lists longer than this are cut, so a type cell stays readable. */
const maxListedValues = 6;

/**
 * Follows a local `$ref` (`#/$defs/name`, what zod emits for reused and
 * recursive schemas) to the schema it names; any other schema is returned as it is.
 */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  const defs = isSchema(root.$defs) ? root.$defs : {};
  const target = defs[ref.slice('#/$defs/'.length)];
  return isSchema(target) ? target : {};
}

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The branches of a union (`anyOf`/`oneOf`), or `undefined` for a schema that is not one. */
export function unionBranches(schema: JsonSchema): JsonSchema[] | undefined {
  const branches = schema.anyOf ?? schema.oneOf;
  return Array.isArray(branches) ? branches.filter(isSchema) : undefined;
}

/** A map (zod `record`): values described by `additionalProperties`, no fixed properties. */
export function mapValues(schema: JsonSchema): JsonSchema | undefined {
  const values = schema.additionalProperties;
  if (!isSchema(values) || isSchema(schema.properties)) return undefined;
  return values;
}

/**
 * The type of a schema in a few words, as a field table shows it:
 * `string`, `"aws:sqs"`, `object[]`, `map of string`, `string | null`.
 *
 * @example
 * describeType({ type: 'array', items: { type: 'string' } }, root) // 'string[]'
 */
export function describeType(schema: JsonSchema, root: JsonSchema): string {
  return listValues(alternativesOf(schema, root, new Set()));
}

/** The alternatives a value may be, flattened through nested unions and without repeats. */
function alternativesOf(schema: JsonSchema, root: JsonSchema, seen: ReadonlySet<JsonSchema>): string[] {
  const resolved = resolveRef(schema, root);
  if (seen.has(resolved)) return ['recursive'];
  const inner = new Set(seen).add(resolved);
  if ('const' in resolved) return [JSON.stringify(resolved.const)];
  if (Array.isArray(resolved.enum)) return resolved.enum.map((value) => JSON.stringify(value));
  const branches = unionBranches(resolved);
  if (branches !== undefined) return [...new Set(branches.flatMap((branch) => alternativesOf(branch, root, inner)))];
  if (Array.isArray(resolved.allOf)) return ['object'];
  switch (resolved.type) {
    case 'array': {
      if (!isSchema(resolved.items)) return ['array'];
      const items = alternativesOf(resolved.items, root, inner);
      return [items.length === 1 ? `${items[0]}[]` : `(${listValues(items)})[]`];
    }
    case 'object': {
      const values = mapValues(resolved);
      return [values === undefined ? 'object' : `map of ${listValues(alternativesOf(values, root, inner))}`];
    }
    case undefined:
      return ['any'];
    default:
      return Array.isArray(resolved.type) ? resolved.type.map(String) : [String(resolved.type)];
  }
}

function listValues(values: readonly string[]): string {
  if (values.length <= maxListedValues) return values.join(' | ');
  return `${values.slice(0, maxListedValues).join(' | ')} | … (${values.length} in all)`;
}
