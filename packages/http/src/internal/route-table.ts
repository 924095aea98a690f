import { DefinitionError } from '@switchboard/core';
import { MethodTrie } from './method-trie.js';
import { type PatternSegment, parsePattern } from './path-pattern.js';

interface Node<T> {
  readonly statics: Map<string, Node<T>>;
  param: { readonly name: string; readonly node: Node<T> } | undefined;
  greedy: { readonly name: string; readonly node: Node<T> } | undefined;
  /** Routes that end here, by method. */
  readonly endpoints: Map<string, T>;
}

export type RouteMatch<T> =
  | { readonly kind: 'found'; readonly route: T; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

const newNode = <T>(): Node<T> => ({
  statics: new Map(),
  param: undefined,
  greedy: undefined,
  endpoints: new Map(),
});

/**
 * A route table compiled as routes are added: a trie of path segments, so a
 * lookup reads each segment once. Matching is most specific first: a static
 * segment beats a `{param}`, which beats a greedy `{proxy+}`; when the most
 * specific path has no route for the method, less specific paths are tried
 * before answering 405 with the methods any matching path allows.
 */
export class RouteTable<T> {
  readonly #root: Node<T> = newNode();
  /** The same routes compiled per method (HEAD's with GET's as fallbacks), for `find`. */
  readonly #byMethod = new Map<string, MethodTrie<T>>();
  /** Whether `find` may compare the path in place: false once a static segment holds `%`, which only decoding can match. */
  #inPlace = true;

  add(method: string, pattern: string, route: T): void {
    const segments = parsePattern(pattern);
    let node = this.#root;
    for (const segment of segments) node = this.#child(node, segment, pattern);
    if (node.endpoints.has(method)) throw new DefinitionError(`Route ${method} ${pattern} is defined twice`);
    node.endpoints.set(method, route);
    if (segments.some((segment) => segment.kind === 'static' && segment.value.includes('%'))) this.#inPlace = false;
    this.#trieOf(method).add(segments, route);
    if (method === 'GET') this.#trieOf('HEAD').add(segments, route, true);
  }

  #trieOf(method: string): MethodTrie<T> {
    let trie = this.#byMethod.get(method);
    if (trie === undefined) {
      trie = new MethodTrie<T>();
      this.#byMethod.set(method, trie);
    }
    return trie;
  }

  /** `segments` are the decoded path segments of the request (no empty ones). */
  match(method: string, segments: readonly string[]): RouteMatch<T> {
    const params: Record<string, string> = {};
    const route = this.#find(this.#root, segments, 0, method, params, undefined);
    if (route !== undefined) return { kind: 'found', route, params };
    // A miss walks again, collecting the methods each matching path allows: misses are rare, hits pay nothing.
    const allowed = new Set<string>();
    this.#find(this.#root, segments, 0, method, {}, allowed);
    return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed].sort() } : { kind: 'not-found' };
  }

  /**
   * The route for `path` as sent, its parameters written into `params`: the
   * lookup every request makes, in one trie per method, reading the path in
   * place. `undefined` when `match` must answer: no route for the method, no
   * route at all, or a path that is not clean (see `isCleanPath`), whose
   * segments must be decoded first.
   */
  find(method: string, path: string, params: Record<string, string>): T | undefined {
    return this.#inPlace ? this.#byMethod.get(method)?.find(path, params) : undefined;
  }

  #child(node: Node<T>, segment: PatternSegment, pattern: string): Node<T> {
    if (segment.kind === 'static') {
      const existing = node.statics.get(segment.value);
      if (existing) return existing;
      const created = newNode<T>();
      node.statics.set(segment.value, created);
      return created;
    }
    const slot = segment.kind === 'param' ? 'param' : 'greedy';
    const current = node[slot];
    if (current === undefined) {
      const created = { name: segment.name, node: newNode<T>() };
      node[slot] = created;
      return created.node;
    }
    if (current.name !== segment.name) {
      throw new DefinitionError(
        `Route ${pattern} names a parameter {${segment.name}} where another route has {${current.name}}`,
      );
    }
    return current.node;
  }

  #find(
    node: Node<T>,
    segments: readonly string[],
    index: number,
    method: string,
    params: Record<string, string>,
    allowed: Set<string> | undefined,
  ): T | undefined {
    if (index === segments.length) return this.#endpoint(node, method, allowed);
    const segment = segments[index] as string;
    const fixed = node.statics.get(segment);
    const viaStatic = fixed && this.#find(fixed, segments, index + 1, method, params, allowed);
    if (viaStatic !== undefined) return viaStatic;
    if (node.param !== undefined) {
      const viaParam = this.#find(node.param.node, segments, index + 1, method, params, allowed);
      if (viaParam !== undefined) {
        params[node.param.name] = segment;
        return viaParam;
      }
    }
    if (node.greedy !== undefined) {
      const viaGreedy = this.#endpoint(node.greedy.node, method, allowed);
      if (viaGreedy !== undefined) {
        params[node.greedy.name] = segments.slice(index).join('/');
        return viaGreedy;
      }
    }
    return undefined;
  }

  /** The route for `method` at a node where the path matched; HEAD falls back to GET. */
  #endpoint(node: Node<T>, method: string, allowed: Set<string> | undefined): T | undefined {
    if (node.endpoints.size === 0) return undefined;
    const route = node.endpoints.get(method) ?? (method === 'HEAD' ? node.endpoints.get('GET') : undefined);
    if (route !== undefined || allowed === undefined) return route;
    for (const known of node.endpoints.keys()) allowed.add(known);
    if (node.endpoints.has('GET')) allowed.add('HEAD');
    allowed.add('OPTIONS');
    return undefined;
  }
}

/**
 * A path `find` reads as is: starts with `/`, no `//`, no dot segment, no
 * percent-encoding. `find` checks this segment by segment as it walks; the
 * tests hold it to this definition.
 */
export function isCleanPath(path: string): boolean {
  if (path.charCodeAt(0) !== slash) return false;
  for (let index = 0; index < path.length; index++) {
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
