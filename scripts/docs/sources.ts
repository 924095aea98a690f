import { existsSync } from 'node:fs';
import type { DescribedSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { defaultExamplesDir, type Example, loadExample } from './example-run.js';
import { renderSourceIndex } from './source-index.js';
import { renderSourcePage } from './source-page.js';

const sourcesDir = new URL('../../packages/sources/src/', import.meta.url);

export interface SourcePagesOptions {
  /** Where the compiled examples are (tests point it elsewhere). */
  readonly examplesDir?: URL;
  readonly sources?: readonly DescribedSource[];
}

/**
 * Every generated page under `docs/sources/`: `<id>.md` per source and the
 * `README.md` index, keyed by path from the repository root. Async because
 * the examples are imported and run to show their answers.
 *
 * @example
 * const pages = await renderSourcePages()
 * pages.get('docs/sources/sqs.md')
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export async function renderSourcePages(options: SourcePagesOptions = {}): Promise<Map<string, string>> {
  const sources = options.sources ?? allSources;
  const pages = new Map<string, string>();
  // One at a time: capturing the answers to AWS patches the SDK globally for one invocation.
  for (const source of sources) {
    const example: Example = await loadExample(source, options.examplesDir ?? defaultExamplesDir);
    pages.set(`docs/sources/${source.id}.md`, renderSourcePage(source, example, definingFile(source.id)));
  }
  pages.set('docs/sources/README.md', renderSourceIndex(sources));
  return pages;
}

/** The file that holds a source's docs text, `<id>/reference.ts`; else its module, `<id>.ts`. */
function definingFile(id: string): string {
  const split = existsSync(new URL(`${id}/reference.ts`, sourcesDir));
  return `packages/sources/src/${split ? `${id}/reference.ts` : `${id}.ts`}`;
}
