import type { DescribedSource } from '@switchboard/core';
import { answerDestination } from './invocation.js';
import { markdownTable } from './markdown.js';
import { generatedHeader } from './source-page.js';

/** Variant lists longer than this show their first names and a count. */
const maxListedVariants = 4;

/**
 * `docs/sources/README.md`: one row per source (id linked to its page,
 * service, invocation, variants, where the answer goes), in `allSources` order.
 *
 * @example
 * renderSourceIndex(allSources)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export function renderSourceIndex(sources: readonly DescribedSource[]): string {
  const table = markdownTable(
    ['Id', 'Service', 'Invocation', 'Variants', 'Response'],
    sources.map((source) => [
      `[\`${source.id}\`](${source.id}.md)`,
      source.docs.service,
      `\`${source.invocation}\``,
      variantsCell(source),
      answerDestination(source),
    ]),
  );
  return [
    generatedHeader('packages/sources/src/index.ts'),
    '# Sources',
    `Every AWS caller Switchboard knows: ${sources.length} sources, each a page generated from its metadata, schemas and compiled example. Apps import a source by subpath (\`@switchboard/sources/sqs\`) and mount it with \`router().on(source, handler)\`.`,
    table,
    '',
  ].join('\n\n');
}

function variantsCell(source: DescribedSource): string {
  const names = source.variants.map((variant) => `\`${variant}\``);
  const open = source.openVariants ? ', open' : '';
  if (names.length === 0) return source.openVariants ? 'open' : '—';
  if (names.length <= maxListedVariants) return `${names.join(', ')}${open}`;
  return `${names.slice(0, maxListedVariants).join(', ')}, … (${names.length}${open})`;
}
