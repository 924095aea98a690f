import type { PatternSegment } from './path-pattern.js';

/**
 * The routes of one method as a trie of path segments: the lookup every
 * request makes reads one trie holding only routes it can match, and finds
 * the route itself at the node where the path ends (no per-method map).
 */
interface MethodNode<T> {
  readonly statics: Map<string, MethodNode<T>>;
  /** The same children as a list: a few are found faster by comparing in place than by slicing a key. */
  readonly staticList: StaticChild<T>[];
  param: { readonly name: string; readonly node: MethodNode<T> } | undefined;
  greedy: { readonly name: string; readonly node: MethodNode<T> } | undefined;
  route: T | undefined;
  /** HEAD's trie only: the GET route at this node, answered when HEAD has none of its own. */
  fallback: T | undefined;
}

interface StaticChild<T> {
  readonly value: string;
  readonly node: MethodNode<T>;
}

/** Above this many static children, one sliced key and a map lookup beat comparing each in place. */
const scanLimit = 8;

export class MethodTrie<T> {
  readonly #root: MethodNode<T> = newNode();

  /** Adds a route; `asFallback` for a GET route added to HEAD's trie. Duplicates are refused by the caller. */
  add(segments: readonly PatternSegment[], route: T, asFallback = false): void {
    let node = this.#root;
    for (const segment of segments) node = child(node, segment);
    if (asFallback) node.fallback = route;
    else node.route = route;
  }

  /**
   * The route for `path`, most specific first, its parameters written into
   * `params`. Reads the path in place, slicing only parameter values.
   * `undefined` also for any path that is not clean (a `//`, a segment
   * starting with `.`, a percent-encoded parameter): no route is found
   * through such a segment, so the general `match` answers those.
   */
  find(path: string, params: Record<string, string>): T | undefined {
    if (path.charCodeAt(0) !== slash) return undefined;
    // The most specific branch, followed without recursion: whenever it reaches a route, that is the answer.
    let node = this.#root;
    let start = 1;
    while (start < path.length) {
      const first = path.charCodeAt(start);
      if (first === slash || first === dot) return undefined;
      const fixed = staticChild(node, path, start);
      if (fixed !== undefined) {
        node = fixed.node;
        start += fixed.value.length + 1;
        continue;
      }
      const { param } = node;
      if (param === undefined) return this.#backtrack(path, params);
      const end = paramEnd(path, start);
      if (end === -1) return undefined;
      params[param.name] = path.slice(start, end);
      node = param.node;
      start = end + 1;
    }
    return node.route ?? node.fallback ?? this.#backtrack(path, params);
  }

  /** A dead end on the most specific branch: less specific ones are tried, from a clean slate of parameters. */
  #backtrack(path: string, params: Record<string, string>): T | undefined {
    for (const name in params) delete params[name];
    return walk(this.#root, path, 1, params);
  }
}

function walk<T>(node: MethodNode<T>, path: string, start: number, params: Record<string, string>): T | undefined {
  const { length } = path;
  if (start >= length) return node.route ?? node.fallback;
  const first = path.charCodeAt(start);
  if (first === slash || first === dot) return undefined;
  const fixed = staticChild(node, path, start);
  const viaStatic = fixed && walk(fixed.node, path, start + fixed.value.length + 1, params);
  if (viaStatic !== undefined) return viaStatic;
  const { param, greedy } = node;
  if (param !== undefined) {
    const end = paramEnd(path, start);
    const viaParam = end === -1 ? undefined : walk(param.node, path, end + 1, params);
    if (viaParam !== undefined) {
      params[param.name] = path.slice(start, end);
      return viaParam;
    }
  }
  if (greedy !== undefined) {
    const viaGreedy = greedy.node.route ?? greedy.node.fallback;
    if (viaGreedy !== undefined && isCleanRest(path, start)) {
      params[greedy.name] = path.slice(start, path.endsWith('/') ? -1 : undefined);
      return viaGreedy;
    }
  }
  return undefined;
}

/** The static child whose value is the whole segment at `start`, compared in place. */
function staticChild<T>(node: MethodNode<T>, path: string, start: number): StaticChild<T> | undefined {
  const list = node.staticList;
  if (list.length > scanLimit) {
    const slashAt = path.indexOf('/', start);
    const value = path.slice(start, slashAt === -1 ? undefined : slashAt);
    const found = node.statics.get(value);
    return found && { value, node: found };
  }
  for (let index = 0; index < list.length; index++) {
    const each = list[index] as StaticChild<T>;
    const end = start + each.value.length;
    if ((end === path.length || path.charCodeAt(end) === slash) && path.startsWith(each.value, start)) return each;
  }
  return undefined;
}

/** Where the parameter segment at `start` ends; -1 when it is percent-encoded (only `match` decodes). */
function paramEnd(path: string, start: number): number {
  for (let index = start; index < path.length; index++) {
    const code = path.charCodeAt(index);
    if (code === slash) return index;
    if (code === percent) return -1;
  }
  return path.length;
}

function child<T>(node: MethodNode<T>, segment: PatternSegment): MethodNode<T> {
  if (segment.kind === 'static') {
    const existing = node.statics.get(segment.value);
    if (existing) return existing;
    const created = newNode<T>();
    node.statics.set(segment.value, created);
    node.staticList.push({ value: segment.value, node: created });
    return created;
  }
  // Parameter names were checked against the other methods' routes by the table.
  const slot = segment.kind === 'param' ? 'param' : 'greedy';
  const current = node[slot];
  if (current !== undefined) return current.node;
  const created = { name: internalized(segment.name), node: newNode<T>() };
  node[slot] = created;
  return created.node;
}

/**
 * `name` as the engine's own copy of a property name: a name cut out of a
 * pattern by a regex is a fresh string, and storing a parameter under it
 * would look the name up in the string table on every request.
 */
const internalized = (name: string): string => Object.keys({ [name]: true })[0] ?? name;

const newNode = <T>(): MethodNode<T> => ({
  statics: new Map(),
  staticList: [],
  param: undefined,
  greedy: undefined,
  route: undefined,
  fallback: undefined,
});

/** The rest of the path from `start` has no `%`, no `//` and no segment starting with `.`. */
function isCleanRest(path: string, start: number): boolean {
  if (path.charCodeAt(start) === dot) return false;
  for (let index = start; index < path.length; index++) {
    const code = path.charCodeAt(index);
    if (code === percent) return false;
    if (code === slash) {
      const next = path.charCodeAt(index + 1);
      if (next === slash || next === dot) return false;
    }
  }
  return true;
}

const slash = 47;
const dot = 46;
const percent = 37;
