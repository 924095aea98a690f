import { MalformedBatchError } from '../errors.js';

/**
 * The record list of a batch, checked just enough to answer for it: the list
 * exists and every record carries the identifier a partial response names.
 * Anything else throws, so Lambda retries the batch instead of it being
 * acknowledged unread.
 */
export function recordsOf<Raw>(
  source: string,
  list: unknown,
  hasIdentifier: (record: Raw) => boolean,
  what: string,
): readonly Raw[] {
  if (!Array.isArray(list)) throw new MalformedBatchError(source, `${what} is not a list`);
  for (let index = 0; index < list.length; index++) {
    const record: unknown = list[index];
    if (typeof record !== 'object' || record === null || !hasIdentifier(record as Raw)) {
      throw new MalformedBatchError(source, `record ${index} has no identifier`);
    }
  }
  return list as readonly Raw[];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
