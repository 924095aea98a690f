import { detectSource, type Match, type Source } from '@switchboard/core';

/**
 * Which of `sources` claims `payload`. A source's `variantOf` is written
 * for valid events, and the CLI also sees invalid ones (that is what
 * `validate` reports), so a `variantOf` that throws gives no variant instead
 * of aborting the whole run.
 */
export function detectPayload<S extends Source>(
  payload: unknown,
  sources: readonly S[],
): (Match & { readonly source: S }) | undefined {
  try {
    return detectSource(sources, payload);
  } catch {
    const source = sources.find((candidate) => candidate.detect(payload));
    return source === undefined ? undefined : { source, variant: undefined };
  }
}
