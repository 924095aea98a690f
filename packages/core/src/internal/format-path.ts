/** One step of an issue's path: a key, or (in a Standard Schema issue) an object holding it. */
export type PathSegment = PropertyKey | { readonly key: PropertyKey };

/**
 * `['Records', 3, 'body']` → `Records[3].body`. One wording for every path a
 * message or log line names: zod's, and any Standard Schema's. A module of
 * its own, so that a function formatting paths carries no validation code.
 *
 * @example
 * formatPath(['items', 2, { key: 'sku' }]) // 'items[2].sku'
 * @see https://standardschema.dev
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    const key = typeof segment === 'object' ? segment.key : segment;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
