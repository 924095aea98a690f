import type { BatchItemFailuresResult } from './batch-item-failures-schema.js';

export type { BatchItemFailuresResult } from './batch-item-failures-schema.js';

const toItem = (itemIdentifier: string) => ({ itemIdentifier });

/** Lists `identifiers` as the batch's failed items, in the order given. */
export function toBatchItemFailures(identifiers: Iterable<string>): BatchItemFailuresResult {
  // Arrays, the common case, skip the iterator protocol: this runs on every invocation.
  const list = Array.isArray(identifiers) ? identifiers.map(toItem) : Array.from(identifiers, toItem);
  return { batchItemFailures: list };
}
