/**
 * Real events to mutate: every source's sample, and the shared corpus's
 * labelled events (and answers) when the corpus is there (read at run time through the
 * conformance suite's own resolution; never copied into the repository).
 */
import type { DescribedSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { corpusAvailable, readManifest, readPayload } from '../../packages/sources/test/corpus.js';

/** A real event and the source it belongs to (by id; corpus events of services without a source have none). */
export interface Seed {
  readonly sourceId: string;
  readonly event: unknown;
}

const sampleSeeds: Seed[] = allSources.map((source) => ({ sourceId: source.id, event: source.sample() }));

const manifest = corpusAvailable ? readManifest() : [];

const corpusSeeds: Seed[] = manifest
  .filter((entry) => entry.kind === 'event')
  .map((entry) => ({ sourceId: entry.source, event: readPayload(entry) }));

// Labelled answers, to mutate into answers a handler might return.
const answerSeeds: Seed[] = manifest
  .filter((entry) => entry.kind === 'response')
  .map((entry) => ({ sourceId: entry.source, event: readPayload(entry) }));

/** Every seed: samples first, then corpus events. */
export const seeds: readonly Seed[] = [...sampleSeeds, ...corpusSeeds];

/** The events of one source: its sample and its corpus events. */
export function seedsOf(source: DescribedSource): unknown[] {
  return seeds.filter((seed) => seed.sourceId === source.id).map((seed) => seed.event);
}

/** The corpus's labelled answers of one source (none when the corpus is absent). */
export function answerSeedsOf(source: DescribedSource): unknown[] {
  return answerSeeds.filter((seed) => seed.sourceId === source.id).map((seed) => seed.event);
}

/** How many corpus events joined the samples (0 when the corpus is absent), for test names. */
export const corpusEventCount = corpusSeeds.length;
