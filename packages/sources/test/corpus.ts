import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled payload of the shared corpus (`../shared/corpus/manifest.json`). */
export interface CorpusEntry {
  readonly file: string;
  readonly kind: 'event' | 'response' | 'other';
  readonly source: string;
  readonly variant: string;
  readonly note: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the corpus is: `SWITCHBOARD_CORPUS`, else `shared/corpus` beside the repository. */
export const corpusDir = process.env.SWITCHBOARD_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus');

export const corpusAvailable = existsSync(join(corpusDir, 'manifest.json'));

export function readManifest(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as CorpusEntry[];
}

export function readPayload(entry: CorpusEntry): unknown {
  return JSON.parse(readFileSync(join(corpusDir, entry.file), 'utf8'));
}
