import type { $ZodType } from 'zod/v4/core';
import { renderFieldTable } from './field-table.js';
import { toDocSchema } from './json-schema.js';
import { codeBlock, collapsed } from './markdown.js';

/**
 * A schema as a page shows it: the readable field table, what JSON Schema
 * could not express (if anything), and the full JSON Schema collapsed.
 *
 * @example
 * renderSchemaSection(sqs.schema)
 * @see https://json-schema.org/draft/2020-12
 */
export function renderSchemaSection(schema: $ZodType): string {
  const { json, gaps } = toDocSchema(schema);
  const parts = [renderFieldTable(json)];
  if (gaps.length > 0) {
    parts.push(
      [
        'Not rendered in the JSON Schema (it accepts more than the source does here):',
        '',
        ...gaps.map((gap) => `- ${gap}`),
      ].join('\n'),
    );
  }
  parts.push(collapsed('JSON Schema', codeBlock('json', JSON.stringify(json, null, 2))));
  return parts.join('\n\n');
}
