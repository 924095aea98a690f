/**
 * Prototype pollution check. Hostile JSON carries `__proto__`, `constructor`
 * and `prototype` as own keys (`JSON.parse` makes them own properties); code
 * that merges or copies them with plain assignment writes into a shared
 * prototype, and every object of the process then inherits the attacker's keys.
 */

/** The key the hostile payloads try to plant (`{"__proto__": {"polluted": ...}}`). */
export const pollutionKey = 'polluted';

const watched: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

const before = new Map(watched.map(([name, prototype]) => [name, Reflect.ownKeys(prototype).length]));

/** Throws when a shared prototype gained a key since this module loaded, or plain objects inherit `polluted`. */
export function assertNoPollution(): void {
  if (pollutionKey in {} || pollutionKey in [])
    throw new Error(`Prototype polluted: objects inherit "${pollutionKey}"`);
  for (const [name, prototype] of watched) {
    const added = Reflect.ownKeys(prototype).length - (before.get(name) ?? 0);
    if (added !== 0) throw new Error(`Prototype polluted: ${name} has ${added} new key(s)`);
  }
}
