/**
 * The guide's code blocks are files: a marker line names the file, the fence
 * after it holds the file's text. `renderGuide()` puts each file's current
 * text back into its fence, so `npm run docs` refreshes the guide and
 * `npm run docs:check` fails when a page no longer shows the code that the
 * test run compiles.
 *
 * @example
 * <!-- embed: examples/guide/src/router-basic.ts -->
 * ```ts
 * (the file's exact text)
 * ```
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is `scripts/docs/guide.ts`. */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const guideDir = 'docs/guide';
const markerPattern = /^<!-- embed: (\S+) -->$/;
const fencePattern = /^(`{3,})\S*$/;

/**
 * Every page of `docs/guide/` with its embedded files brought up to date:
 * relative path (`docs/guide/http.md`) → the page's new text. Writes nothing.
 *
 * @example
 * for (const [page, text] of renderGuide()) writeFileSync(page, text)
 * @see ../../docs/guide/README.md
 */
export function renderGuide(): Map<string, string> {
  return renderGuideIn(repoRoot);
}

/**
 * `renderGuide` for the repository at `root` (tests render a scratch copy).
 *
 * @example
 * renderGuideIn(scratchDir).get('docs/guide/http.md')
 */
export function renderGuideIn(root: string): Map<string, string> {
  const pages = new Map<string, string>();
  const names = readdirSync(join(root, guideDir))
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of names) {
    const page = `${guideDir}/${name}`;
    pages.set(page, renderPage(page, readFileSync(join(root, page), 'utf8'), root));
  }
  return pages;
}

/** One page's text with each marked fence holding its file's current text. */
function renderPage(page: string, text: string, root: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    out.push(line);
    const marker = markerPattern.exec(line);
    if (marker === null) continue;
    const path = marker[1] as string;
    const fence = fencePattern.exec(lines[index + 1] ?? '');
    if (fence === null) throw new Error(`${page}: the embed marker for ${path} must be followed by a code fence`);
    const closing = findClosingFence(lines, index + 2, fence[1] as string);
    if (closing === -1) throw new Error(`${page}: the code fence after the embed marker for ${path} is never closed`);
    out.push(lines[index + 1] as string, readEmbedded(page, path, root), lines[closing] as string);
    index = closing;
  }
  return out.join('\n');
}

function findClosingFence(lines: readonly string[], from: number, fence: string): number {
  for (let index = from; index < lines.length; index++) if (lines[index] === fence) return index;
  return -1;
}

/** The file's text without its final newline (the closing fence supplies it). */
function readEmbedded(page: string, path: string, root: string): string {
  // Only example files: they are what the test run compiles, and nothing outside the repo leaks in.
  if (!path.startsWith('examples/') || path.split('/').includes('..')) {
    throw new Error(`${page}: embed path ${path} must be a file under examples/`);
  }
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${page}: embedded file ${path} does not exist`);
  const content = readFileSync(file, 'utf8').replace(/\n$/, '');
  if (content.split('\n').some((line) => /^`{3,}/.test(line))) {
    throw new Error(`${page}: embedded file ${path} has a line starting with a code fence`);
  }
  return content;
}
