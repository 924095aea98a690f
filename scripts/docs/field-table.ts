import type { JsonSchema } from './json-schema.js';
import { markdownTable } from './markdown.js';
import { describeType, isSchema, mapValues, resolveRef, unionBranches } from './schema-type.js';

/** Fields deeper than this many segments are left to the JSON Schema block. */
const maxDepth = 6;
/** A table longer than this stops, pointing to the JSON Schema block. */
const maxRows = 300;

/** One row of a field table: `Records[].body`, `string`, required, notes. */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly notes: string;
}

interface Child {
  /** `.key`, `[].key` (inside an array), `.*.key` (inside a map). */
  readonly segment: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
  /** Present in some branches of a union only. */
  readonly partial: boolean;
  /** The `$ref`s expanded on the way here: meeting one again means the schema recurses. */
  readonly refs: ReadonlySet<string>;
}

/**
 * The fields of a JSON Schema as flat rows, nested objects and arrays
 * spelled as paths (`Records[].body`, `messageAttributes.*.dataType`). The
 * fields of a union's object shapes are merged; those missing from some
 * shapes say so. Rows stop at `maxDepth` segments and `maxRows` rows.
 *
 * @example
 * toFieldRows(toDocSchema(sqs.schema).json).find((row) => row.path === 'Records[].body')
 * @see https://json-schema.org/understanding-json-schema/reference/object
 */
export function toFieldRows(root: JsonSchema): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (children: readonly Child[], prefix: string, depth: number): void => {
    for (const child of children) {
      if (rows.length >= maxRows) return;
      const path = `${prefix}${child.segment}`.replace(/^\./, '');
      const recursive = recursesInto(child.schema, child.refs);
      const grandchildren = recursive ? [] : childrenOf(child.schema, root, child.refs);
      const cut = depth >= maxDepth && grandchildren.length > 0;
      rows.push({
        path,
        type: describeType(child.schema, root),
        required: child.required,
        notes: notesOf(child, recursive, cut, root),
      });
      if (!cut) visit(grandchildren, path, depth + 1);
    }
  };
  visit(childrenOf(root, root, new Set()), '', 1);
  return rows;
}

/** The field table as markdown; a schema with no fields (any value, a string) says what it accepts. */
export function renderFieldTable(root: JsonSchema): string {
  const rows = toFieldRows(root);
  if (rows.length === 0) {
    const type = describeType(root, root);
    return type === 'any' ? 'No fields: the schema accepts any value.' : `No fields: the schema accepts \`${type}\`.`;
  }
  const table = markdownTable(
    ['Field', 'Type', 'Required', 'Notes'],
    rows.map((row) => [`\`${row.path}\``, `\`${row.type}\``, row.required ? 'yes' : 'no', row.notes]),
  );
  return rows.length < maxRows
    ? table
    : `${table}\n\nThe table stops at ${maxRows} fields: the JSON Schema has them all.`;
}

function childrenOf(schema: JsonSchema, root: JsonSchema, refs: ReadonlySet<string>): Child[] {
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if (ref !== undefined && refs.has(ref)) return [];
  const inner = ref === undefined ? refs : new Set(refs).add(ref);
  const resolved = resolveRef(schema, root);
  if (isSchema(resolved.properties)) {
    const required = Array.isArray(resolved.required) ? resolved.required : [];
    return Object.entries(resolved.properties)
      .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
      .map(([key, child]) => ({
        segment: `.${key}`,
        schema: child,
        required: required.includes(key),
        partial: false,
        refs: inner,
      }));
  }
  if (resolved.type === 'array' && isSchema(resolved.items)) {
    return withPrefix('[]', childrenOf(resolved.items, root, inner));
  }
  const values = mapValues(resolved);
  if (values !== undefined) return withPrefix('.*', childrenOf(values, root, inner));
  const branches = unionBranches(resolved);
  if (branches !== undefined)
    return mergeShapes(
      branches.map((branch) => childrenOf(branch, root, inner)),
      'union',
    );
  if (Array.isArray(resolved.allOf)) {
    const parts = resolved.allOf.filter(isSchema).map((part) => childrenOf(part, root, inner));
    return mergeShapes(parts, 'intersection');
  }
  return [];
}

/** Whether a field is (an array or map of) a schema already expanded above it. */
function recursesInto(schema: JsonSchema, refs: ReadonlySet<string>): boolean {
  if (typeof schema.$ref === 'string') return refs.has(schema.$ref);
  if (schema.type === 'array' && isSchema(schema.items)) return recursesInto(schema.items, refs);
  const values = mapValues(schema);
  return values !== undefined && recursesInto(values, refs);
}

function withPrefix(prefix: string, children: readonly Child[]): Child[] {
  return children.map((child) => ({ ...child, segment: `${prefix}${child.segment}` }));
}

/**
 * Merges the fields of several object shapes. In a union a field is required
 * only when every shape requires it; in an intersection, when any part does.
 */
function mergeShapes(shapes: readonly Child[][], mode: 'union' | 'intersection'): Child[] {
  const objectShapes = shapes.filter((children) => children.length > 0);
  // An `object | object[]` union (one item or a batch) has two kinds of shape: a field is partial
  // only when shapes of its own kind lack it.
  const shapesOfKind = new Map<string, number>();
  const bySegment = new Map<string, Child[]>();
  for (const children of objectShapes) {
    const kind = kindOf((children[0] as Child).segment);
    shapesOfKind.set(kind, (shapesOfKind.get(kind) ?? 0) + 1);
    for (const child of children) bySegment.set(child.segment, [...(bySegment.get(child.segment) ?? []), child]);
  }
  return [...bySegment.values()].map((variants) => {
    const first = variants[0] as Child;
    const distinct = [...new Map(variants.map((child) => [JSON.stringify(child.schema), child.schema])).values()];
    const inAll = variants.length === shapesOfKind.get(kindOf(first.segment));
    return {
      segment: first.segment,
      schema: distinct.length === 1 ? first.schema : { anyOf: distinct },
      required:
        mode === 'union' ? inAll && variants.every((child) => child.required) : variants.some((c) => c.required),
      partial: mode === 'union' && (!inAll || variants.some((child) => child.partial)),
      refs: first.refs,
    };
  });
}

/** What a segment steps into: an array's items, a map's values or an object's fields. */
function kindOf(segment: string): string {
  return segment.startsWith('[]') ? 'array' : segment.startsWith('.*') ? 'map' : 'object';
}

function notesOf(child: Child, recursive: boolean, cut: boolean, root: JsonSchema): string {
  const schema = resolveRef(child.schema, root);
  const notes: string[] = [];
  if (typeof schema.description === 'string') notes.push(schema.description);
  if (child.partial) notes.push('only in some shapes');
  if (recursive) notes.push('the same shape as an enclosing field');
  for (const [key, label] of constraintLabels) {
    if (typeof schema[key] === 'number' || typeof schema[key] === 'string') notes.push(`${label} ${schema[key]}`);
  }
  if (isSchema(schema.properties) && isSchema(schema.additionalProperties)) notes.push('other keys allowed');
  if (cut) notes.push('nested fields: see the JSON Schema');
  return notes.join('; ');
}

const constraintLabels: readonly (readonly [string, string])[] = [
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['minItems', 'min items'],
  ['maxItems', 'max items'],
  ['pattern', 'pattern'],
  ['format', 'format'],
];
