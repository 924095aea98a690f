/**
 * Mutations of real events, as data that fast-check generates and shrinks:
 * remove a field, swap a value's JSON type, plant a huge string, a deeply
 * nested value, hostile prototype keys, or the marker. Each applies to a
 * fresh copy of its seed, at the node its `at` picks among the seed's nodes.
 */
import fc from 'fast-check';
import { deepArray, deepObject, hugeString, marker } from './hostile.js';

type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

export type ProtoKey = '__proto__' | 'constructor' | 'prototype';

export type Mutation =
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'swap'; readonly at: number; readonly pick: number }
  | { readonly kind: 'huge'; readonly at: number }
  | { readonly kind: 'deep'; readonly at: number; readonly objects: boolean }
  | { readonly kind: 'proto'; readonly at: number; readonly keys: readonly ProtoKey[] }
  | { readonly kind: 'marker'; readonly at: number };

// Replacements of another JSON type than the node's: `swap` picks among those whose type differs.
const replacements: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  '',
  '0',
  'true',
  marker,
  [],
  [marker],
  {},
];

const at = fc.nat();
const protoKeys: readonly ProtoKey[] = ['__proto__', 'constructor', 'prototype'];

/** One mutation. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at }),
  fc.record({ kind: fc.constant('swap' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), at }),
  fc.record({ kind: fc.constant('deep' as const), at, objects: fc.boolean() }),
  fc.record({ kind: fc.constant('proto' as const), at, keys: fc.subarray([...protoKeys], { minLength: 1 }) }),
  fc.record({ kind: fc.constant('marker' as const), at }),
);

/** One to three mutations, applied in order. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

/** A copy of `seed` with `mutations` applied; the seed itself is never changed. */
export function mutate(seed: unknown, mutations: readonly Mutation[]): unknown {
  // A JSON round trip copies as Lambda delivers events, and keeps own `__proto__` keys own.
  let value: unknown = seed === undefined ? undefined : JSON.parse(JSON.stringify(seed));
  for (const mutation of mutations) value = applyOne(value, mutation);
  return value;
}

/** A seed picked from `seeds`, mutated. */
export function mutatedArb(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.constantFrom(...seeds), mutationsArb).map(([seed, mutations]) => mutate(seed, mutations));
}

function applyOne(root: unknown, mutation: Mutation): unknown {
  if (mutation.kind === 'proto') {
    const objects = pathsOf(root).filter((path) => isPlainContainer(valueAt(root, path)));
    const path = objects[mutation.at % Math.max(1, objects.length)];
    if (path !== undefined) injectProtoKeys(valueAt(root, path) as Container, mutation.keys);
    return root;
  }
  const paths = pathsOf(root);
  const path = paths[mutation.at % paths.length] as Path;
  const current = valueAt(root, path);
  switch (mutation.kind) {
    case 'remove':
      return removeAt(root, path);
    case 'swap':
      return replaceAt(root, path, pickOtherType(current, mutation.pick));
    case 'huge':
      return replaceAt(root, path, hugeString);
    case 'deep':
      return replaceAt(root, path, mutation.objects ? deepObject() : deepArray());
    case 'marker':
      return replaceAt(root, path, marker);
  }
}

/** Own keys as `JSON.parse('{"__proto__": ...}')` makes them: data properties, not prototype changes. */
function injectProtoKeys(target: Container, keys: readonly ProtoKey[]): void {
  const payloads: Record<ProtoKey, unknown> = {
    __proto__: JSON.parse(`{"polluted":${JSON.stringify(marker)}}`),
    constructor: { prototype: { polluted: marker } },
    prototype: { polluted: marker },
  };
  for (const key of keys) {
    Object.defineProperty(target, key, { value: payloads[key], enumerable: true, writable: true, configurable: true });
  }
}

// Capped so that a value already holding 5,000 nested arrays is not walked to the bottom.
const maxDepth = 12;
const maxPaths = 4_000;

/** Paths of every node down to `maxDepth`, the root (`[]`) first. */
function pathsOf(root: unknown): Path[] {
  const paths: Path[] = [];
  const walk = (value: unknown, path: Path): void => {
    if (paths.length >= maxPaths) return;
    paths.push(path);
    if (path.length >= maxDepth || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) walk(value[index], [...path, index]);
    } else for (const key of Object.keys(value)) walk((value as Container)[key], [...path, key]);
  };
  walk(root, []);
  return paths;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  // Own properties only: an injected `__proto__` key is read as the data it holds.
  for (const key of path) value = Object.getOwnPropertyDescriptor(value as object, key)?.value;
  return value;
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const parent = valueAt(root, path.slice(0, -1)) as Container;
  const key = path[path.length - 1] as string | number;
  Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  return root;
}

function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete (parent as Container)[key];
  return root;
}

function pickOtherType(current: unknown, pick: number): unknown {
  const kind = jsonType(current);
  const others = replacements.filter((candidate) => jsonType(candidate) !== kind);
  // A copy: a later mutation of the same case may change it, and the list is shared by every case.
  return structuredClone(others[pick % others.length]);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isPlainContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
