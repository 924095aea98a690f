/**
 * `npm run docs`: writes every generated page (the source pages and the
 * guide) and deletes stale ones. `npm run docs:check` (`--check`) writes
 * nothing, lists the files that differ and exits 1 if any do, so CI fails
 * when a committed page is out of date.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { renderGuide } from './guide.js';
import { compareGenerated, type Difference, writeGenerated } from './output.js';
import { renderSourcePages } from './sources.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function collectPages(): Promise<Map<string, string>> {
  const pages = await renderSourcePages();
  for (const [path, text] of renderGuide()) {
    if (pages.has(path)) throw new Error(`Two generators write ${path}`);
    pages.set(path, text);
  }
  return pages;
}

function report(differences: readonly Difference[]): string {
  return differences.map(({ path, kind }) => `  ${kind.padEnd(7)} ${path}`).join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: main.ts [--check]`);
    return 2;
  }
  const pages = await collectPages();
  if (check) {
    const differences = await compareGenerated(repoRoot, pages);
    if (differences.length === 0) {
      console.log(`docs: all ${pages.size} generated files are up to date`);
      return 0;
    }
    console.error(`docs: ${differences.length} files differ from what npm run docs writes:\n${report(differences)}`);
    console.error('Run npm run docs and commit the result.');
    return 1;
  }
  const differences = await writeGenerated(repoRoot, pages);
  const summary = differences.length === 0 ? '' : `:\n${report(differences)}`;
  console.log(`docs: ${pages.size} generated files, ${differences.length} written or deleted${summary}`);
  return 0;
}

// The handlers the examples run may leave timers behind (deadline watchers): exit once done.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('docs: generation failed:', error);
    process.exit(1);
  },
);
