import type { DescribedSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { eventFactoryOf } from '@switchboard/testing';
import { UsageError } from '../usage-error.js';
import { applyAssignment, parseAssignment } from './set-path.js';

/**
 * The built-in source and variant named by `SOURCE[:VARIANT]`. An unknown id
 * or variant is a usage error listing the valid ones.
 */
export function toSourceSpec(spec: string): { readonly source: DescribedSource; readonly variant: string | undefined } {
  const colon = spec.indexOf(':');
  const id = colon === -1 ? spec : spec.slice(0, colon);
  const variant = colon === -1 ? undefined : spec.slice(colon + 1);
  const source = allSources.find((candidate) => candidate.id === id);
  if (source === undefined) {
    throw new UsageError(`unknown source "${id}"; valid ids: ${allSources.map((s) => s.id).join(', ')}`);
  }
  if (variant !== undefined && !source.openVariants && !source.variants.includes(variant)) {
    const valid = source.variants.length === 0 ? `${id} has no variants` : `valid: ${source.variants.join(', ')}`;
    throw new UsageError(`unknown variant "${variant}" of ${id}; ${valid}`);
  }
  return { source, variant };
}

/** A sample event for `SOURCE[:VARIANT]`, with each `--set path=value` applied in order. */
export function generateEvent(spec: string, sets: readonly string[]): unknown {
  const assignments = sets.map(parseAssignment);
  const { source, variant } = toSourceSpec(spec);
  return assignments.reduce(applyAssignment, sampleEvent(source, variant));
}

/** A realistic event of `source` (and `variant`), from the same factories tests use. */
function sampleEvent(source: DescribedSource, variant: string | undefined): unknown {
  const factory = eventFactoryOf(source.id);
  if (factory === undefined) return source.sample();
  return variant === undefined ? factory() : factory.variant(variant as never);
}

/** The `--set` option's values, whatever parseArgs made of them. */
export function setValues(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((each): each is string => typeof each === 'string');
}
