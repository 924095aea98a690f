const maxKeys = 20;
const maxKeyLength = 64;

/**
 * What an unclaimed event looked like, for errors and logs: its top-level
 * keys (capped, truncated), or its JSON type when it is not an object.
 * Values are never read.
 */
export function describeEventShape(event: unknown): string[] {
  if (event === null) return ['(null)'];
  if (Array.isArray(event)) return ['(array)'];
  if (typeof event !== 'object') return [`(${typeof event})`];
  const keys = Object.keys(event);
  const shown = keys
    .slice(0, maxKeys)
    .map((key) => (key.length > maxKeyLength ? `${key.slice(0, maxKeyLength)}…` : key));
  if (keys.length > maxKeys) shown.push(`…${keys.length - maxKeys} more`);
  return shown;
}
