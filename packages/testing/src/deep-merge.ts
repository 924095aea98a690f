/**
 * What an event factory takes as overrides: every object key optional, at
 * any depth. Arrays are not partial: an array in the overrides replaces the
 * sample's array whole (merging lists item by item would invent records).
 *
 * @example
 * const overrides: DeepPartial<SqsEvent> = { Records: [record] }
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { [Key in keyof T]?: DeepPartial<T[Key]> }
      : T;

/** A plain JSON-like object (not an array, not null, not a class instance such as a Buffer). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * `base` with `overrides` applied: plain objects are merged key by key,
 * anything else (arrays, strings, numbers, `null`) replaces what was there;
 * a key set to `undefined` is left as it was. Neither argument is changed.
 *
 * @example
 * deepMerge({ a: { b: 1, c: 2 }, list: [1, 2] }, { a: { c: 3 }, list: [9] }) // { a: { b: 1, c: 3 }, list: [9] }
 */
export function deepMerge<T>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (overrides === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    merged[key] = deepMerge(base[key], value as DeepPartial<unknown>);
  }
  return merged as T;
}
