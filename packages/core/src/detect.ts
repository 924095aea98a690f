import type { ValidationIssue } from './errors.js';
import { listIssues } from './internal/validate.js';
import type { Match } from './router.js';
import type { DescribedSource, Source } from './source.js';

/**
 * Which of `sources` claims `event`, and its variant. For tools (the CLI,
 * tests) that look at every source; a router only checks what is mounted.
 *
 * @example
 * detectSource([sqs, sns], event) // { source: sqs, variant: 'standard' }
 */
export function detectSource<S extends Source>(
  sources: readonly S[],
  event: unknown,
): (Match & { readonly source: S }) | undefined {
  for (const source of sources) {
    if (source.detect(event)) return { source, variant: source.variantOf?.(event) };
  }
  return undefined;
}

/** The issues of `event` against the source's event schema; empty when valid. */
export function checkEvent(source: DescribedSource, event: unknown): ValidationIssue[] {
  return listIssues(source.schema, event);
}

/**
 * The issues of `answer` against the response schema of the source's caller.
 * A source whose caller reads no answer has no response schema: that is one issue.
 */
export function checkResponse(source: DescribedSource, answer: unknown): ValidationIssue[] {
  if (source.response === undefined) {
    return [{ path: '', message: `${source.id} callers read no response (invocation: ${source.invocation})` }];
  }
  return listIssues(source.response, answer);
}
