import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Directories whose `.md` files are all generated: a file there that no
 * generator produces any more is stale (deleted on write, reported on check).
 */
export const generatedDirectories: readonly string[] = ['docs/sources'];

/** Why a file on disk does not match what `npm run docs` would write. */
export interface Difference {
  readonly path: string;
  /** `changed`: other text; `missing`: not written yet; `extra`: stale, no longer generated. */
  readonly kind: 'changed' | 'missing' | 'extra';
}

/**
 * Compares the generated pages with the files under `root`, writing nothing.
 * An empty list means `npm run docs` would change nothing.
 *
 * @example
 * const differences = await compareGenerated(repoRoot, pages)
 */
export async function compareGenerated(root: string, pages: ReadonlyMap<string, string>): Promise<Difference[]> {
  const differences: Difference[] = [];
  for (const [path, text] of pages) {
    const current = await readIfExists(join(root, path));
    if (current === undefined) differences.push({ path, kind: 'missing' });
    else if (current !== text) differences.push({ path, kind: 'changed' });
  }
  for (const path of await staleFiles(root, pages)) differences.push({ path, kind: 'extra' });
  return differences.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Writes the generated pages under `root` (only those whose text changed)
 * and deletes stale files of the generated directories. Returns what it did.
 *
 * @example
 * await writeGenerated(repoRoot, pages)
 */
export async function writeGenerated(root: string, pages: ReadonlyMap<string, string>): Promise<Difference[]> {
  const differences = await compareGenerated(root, pages);
  for (const { path, kind } of differences) {
    const file = join(root, path);
    if (kind === 'extra') {
      await rm(file);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, pages.get(path) as string);
  }
  return differences;
}

async function staleFiles(root: string, pages: ReadonlyMap<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const directory of generatedDirectories) {
    if (!existsSync(join(root, directory))) continue;
    for (const name of await readdir(join(root, directory))) {
      const path = `${directory}/${name}`;
      if (name.endsWith('.md') && !pages.has(path)) stale.push(path);
    }
  }
  return stale;
}

async function readIfExists(file: string): Promise<string | undefined> {
  return existsSync(file) ? readFile(file, 'utf8') : undefined;
}
