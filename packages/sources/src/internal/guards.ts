/** Narrowing helpers for detectors: a few property reads, no allocation. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first record of a `Records` batch, when the event has one. */
export function firstRecord(event: unknown): Record<string, unknown> | undefined {
  if (!isObject(event)) return undefined;
  const records = event.Records;
  if (!Array.isArray(records)) return undefined;
  const first: unknown = records[0];
  return isObject(first) ? first : undefined;
}
