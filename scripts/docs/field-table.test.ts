import { describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { renderFieldTable, toFieldRows } from './field-table.js';
import { toDocSchema } from './json-schema.js';

const rowsOf = (schema: z.ZodMiniType) => toFieldRows(toDocSchema(schema).json);

describe('toFieldRows', () => {
  it('spells nested arrays and maps as paths and keeps requiredness per field', () => {
    const schema = z.object({
      Records: z.array(z.object({ body: z.string(), tags: z.record(z.string(), z.object({ value: z.number() })) })),
      note: z.optional(z.nullable(z.string())),
    });
    expect(rowsOf(schema)).toEqual([
      { path: 'Records', type: 'object[]', required: true, notes: '' },
      { path: 'Records[].body', type: 'string', required: true, notes: '' },
      { path: 'Records[].tags', type: 'map of object', required: true, notes: '' },
      { path: 'Records[].tags.*.value', type: 'number', required: true, notes: '' },
      { path: 'note', type: 'string | null', required: false, notes: '' },
    ]);
  });

  it('merges the shapes of a union: a field is required only if every shape requires it', () => {
    const schema = z.union([
      z.object({ kind: z.literal('a'), id: z.string(), onlyA: z.boolean() }),
      z.object({ kind: z.literal('b'), id: z.string() }),
    ]);
    expect(rowsOf(schema)).toEqual([
      { path: 'kind', type: '"a" | "b"', required: true, notes: '' },
      { path: 'id', type: 'string', required: true, notes: '' },
      { path: 'onlyA', type: 'boolean', required: false, notes: 'only in some shapes' },
    ]);
  });

  it('does not call the fields of `item | item[]` partial: each kind of shape is merged on its own', () => {
    const item = z.object({ id: z.string() });
    expect(rowsOf(z.union([item, z.array(item)]))).toEqual([
      { path: 'id', type: 'string', required: true, notes: '' },
      { path: '[].id', type: 'string', required: true, notes: '' },
    ]);
  });

  it('stops at a recursive schema instead of looping', () => {
    type Node = { name: string; children: Node[] };
    const node: z.ZodMiniType<Node> = z.object({
      name: z.string(),
      get children() {
        return z.array(node);
      },
    });
    const rows = rowsOf(z.object({ root: node }));
    expect(rows.map((row) => row.path)).toEqual(['root', 'root.name', 'root.children']);
    expect(rows.at(-1)).toEqual({
      path: 'root.children',
      type: 'object[]',
      required: true,
      notes: 'the same shape as an enclosing field',
    });
  });

  it('leaves fields below six levels to the JSON Schema and says so', () => {
    let deep: z.ZodMiniType = z.object({ leaf: z.string() });
    for (let level = 0; level < 7; level++) deep = z.object({ next: deep });
    const rows = rowsOf(deep);
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)?.notes).toBe('nested fields: see the JSON Schema');
  });

  it('describes a schema with no fields instead of an empty table', () => {
    expect(renderFieldTable(toDocSchema(z.unknown()).json)).toBe('No fields: the schema accepts any value.');
    expect(renderFieldTable(toDocSchema(z.string()).json)).toBe('No fields: the schema accepts `string`.');
  });

  it('escapes pipes in cells so a union type cannot split a row', () => {
    const table = renderFieldTable(toDocSchema(z.object({ a: z.union([z.string(), z.number()]) })).json);
    expect(table.split('\n').at(-1)).toBe('| `a` | `string \\| number` | yes |  |');
  });
});

describe('toDocSchema', () => {
  it('never throws on parts JSON Schema cannot express, and names each of them', () => {
    const schema = z.object({
      when: z.date(),
      checked: z.string().check(z.refine((text) => text.length % 2 === 0)),
    });
    const { json, gaps } = toDocSchema(schema);
    expect(Object.keys(json.properties as object)).toEqual(['when', 'checked']);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toMatch(/^`#\/properties\/checked`: a custom check/);
    expect(gaps[1]).toMatch(/^`#\/properties\/when`: /);
  });
});
