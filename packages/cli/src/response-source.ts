import type { DescribedSource, Source } from '@switchboard/core';
import { UsageError } from './usage-error.js';

/**
 * The source of `sources` named by `--response SOURCE[:VARIANT]`. Every mistake is a usage
 * error, found before any file is read: an unknown id (the message lists the
 * valid ones), an unknown variant, or a caller that reads no response.
 * The variant is checked but does not change the schema: core keeps one
 * response schema per source.
 */
export function toResponseSource(spec: string, sources: readonly DescribedSource[]): DescribedSource {
  const colon = spec.indexOf(':');
  const id = colon === -1 ? spec : spec.slice(0, colon);
  const source = sources.find((candidate) => candidate.id === id);
  if (source === undefined) {
    throw new UsageError(`unknown source "${id}" in --response; valid ids: ${sources.map((s) => s.id).join(', ')}`);
  }
  if (colon !== -1) assertVariant(source, spec.slice(colon + 1));
  if (source.response === undefined) {
    throw new UsageError(
      `${id} callers read no response (invocation: ${source.invocation}), so there is no response to validate`,
    );
  }
  return source;
}

function assertVariant(source: Source, variant: string): void {
  if (source.openVariants || source.variants.includes(variant)) return;
  const valid = source.variants.length === 0 ? `${source.id} has no variants` : `valid: ${source.variants.join(', ')}`;
  throw new UsageError(`unknown variant "${variant}" of ${source.id} in --response; ${valid}`);
}
