import { DefinitionError } from '@switchboard/core';
import { HttpError } from '../http-error.js';
import { interned } from './interned.js';
import { parsePattern } from './path-pattern.js';

interface Node<T> {
  /** The static segment that leads here (`''` for the root and parameter nodes). */
  readonly value: string;
  readonly statics: Map<string, Node<T>>;
  /** The same children as a list: a few are found faster by comparing in place than by slicing a key. */
  readonly staticList: Node<T>[];
  param: Slot<T> | undefined;
  greedy: Slot<T> | undefined;
  /**
   * Routes that end here, by method: a plain object, read faster than a map.
   * Methods are upper-case (routes define them so; `Dialect.method` returns
   * them so, see `toMethod`), and no upper-case name is one of
   * `Object.prototype`'s, which all hold lower-case letters.
   */
  readonly routes: Record<string, T>;
}

interface Slot<T> {
  readonly name: string;
  readonly node: Node<T>;
}

export type RouteMatch<T> =
  | { readonly kind: 'found'; readonly route: T; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

/** Above this many static children, one sliced key and a map lookup beat comparing each in place. */
const scanLimit = 8;

/**
 * A route table compiled as routes are added: one trie of path segments,
 * walked two ways. `find`, the lookup every request makes, reads the path in
 * place; `match` walks decoded segments, for the paths `find` leaves alone
 * and to answer 405. Both match most specific first: a static segment beats
 * a `{param}`, which beats a greedy `{proxy+}`; when the most specific path
 * has no route for the method, less specific paths are tried. HEAD falls
 * back to GET.
 */
export class RouteTable<T> {
  readonly #root: Node<T> = newNode('');
  readonly #methods = new Set<string>();
  /** Whether `find` may compare the path in place: false once a static segment holds `%`, which only decoding can match. */
  #inPlace = true;

  add(method: string, pattern: string, route: T): void {
    let node = this.#root;
    for (const segment of parsePattern(pattern)) {
      if (segment.kind === 'static') {
        if (segment.value.includes('%')) this.#inPlace = false;
        node = staticChildOf(node, segment.value);
        continue;
      }
      const slot = segment.kind;
      const current = node[slot];
      if (current !== undefined && current.name !== segment.name) {
        throw new DefinitionError(`Route ${pattern} names {${segment.name}} where another route has {${current.name}}`);
      }
      // Interned: a name cut out of a pattern would be looked up in the string table on every request.
      node[slot] = current ?? { name: interned(segment.name), node: newNode('') };
      node = node[slot].node;
    }
    if (Object.hasOwn(node.routes, method)) throw new DefinitionError(`Route ${method} ${pattern} is defined twice`);
    node.routes[method] = route;
    this.#methods.add(method);
  }

  /** `segments` are the decoded path segments of the request (no empty ones). */
  match(method: string, segments: readonly string[]): RouteMatch<T> {
    const params: Record<string, string> = {};
    const route = walkSegments(this.#root, method, segments, 0, params);
    if (route !== undefined) return { kind: 'found', route, params };
    // A miss asks again for each method routes have: misses are rare, hits pay nothing.
    const known = this.#methods.has('GET') ? [...this.#methods, 'HEAD'] : [...this.#methods];
    const allowed = known.filter((each) => walkSegments(this.#root, each, segments, 0, {}) !== undefined);
    if (allowed.length === 0) return { kind: 'not-found' };
    return { kind: 'method-not-allowed', allowed: [...new Set(allowed), 'OPTIONS'].sort() };
  }

  /**
   * The route for `path` as sent, its parameters written into `params`,
   * reading the path in place. `undefined` when `match` must answer: no
   * route, or a path that is not clean (a `//`, a segment starting with `.`,
   * a percent-encoded segment), whose segments must be decoded first.
   */
  find(method: string, path: string, params: Record<string, string>): T | undefined {
    return this.#inPlace && path.charCodeAt(0) === slash ? walkPath(this.#root, method, path, 1, params) : undefined;
  }
}

/**
 * The path's segments for `match`, each percent-decoded after splitting, so
 * an encoded `/` stays inside its segment; a dot segment or a malformed
 * encoding is a 400.
 */
export function toSegments(path: string): string[] {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment = raw;
    try {
      if (raw.includes('%')) segment = decodeURIComponent(raw);
    } catch {
      throw badPath('PATH_MALFORMED', 'The path has a malformed percent-encoding');
    }
    if (segment === '.' || segment === '..') throw badPath('PATH_DOT_SEGMENT', 'The path has a dot segment');
    segments.push(segment);
  }
  return segments;
}

const badPath = (code: string, detail: string) => new HttpError(400, 'Bad Request', { code, detail });

const routeAt = <T>(node: Node<T>, method: string): T | undefined =>
  node.routes[method] ?? (method === 'HEAD' ? node.routes.GET : undefined);

function walkSegments<T>(
  node: Node<T>,
  method: string,
  segments: readonly string[],
  index: number,
  params: Record<string, string>,
): T | undefined {
  if (index === segments.length) return routeAt(node, method);
  const segment = segments[index] as string;
  const fixed = node.statics.get(segment);
  const viaStatic = fixed && walkSegments(fixed, method, segments, index + 1, params);
  if (viaStatic !== undefined) return viaStatic;
  const { param, greedy } = node;
  const viaParam = param && walkSegments(param.node, method, segments, index + 1, params);
  if (param && viaParam !== undefined) {
    params[param.name] = segment;
    return viaParam;
  }
  const viaGreedy = greedy && routeAt(greedy.node, method);
  if (greedy && viaGreedy !== undefined) params[greedy.name] = segments.slice(index).join('/');
  return viaGreedy;
}

/** `walkSegments` on the path as sent, each segment compared in place; parameter values are the only slices. */
function walkPath<T>(
  node: Node<T>,
  method: string,
  path: string,
  start: number,
  params: Record<string, string>,
): T | undefined {
  if (start >= path.length) return routeAt(node, method);
  const first = path.charCodeAt(start);
  if (first === slash || first === dot) return undefined;
  const fixed = staticChild(node, path, start);
  const viaStatic = fixed && walkPath(fixed, method, path, start + fixed.value.length + 1, params);
  if (viaStatic !== undefined) return viaStatic;
  const { param, greedy } = node;
  const end = param ? cleanEnd(path, start, true) : -1;
  const viaParam = param && end !== -1 ? walkPath(param.node, method, path, end + 1, params) : undefined;
  if (param && viaParam !== undefined) {
    params[param.name] = path.slice(start, end);
    return viaParam;
  }
  const viaGreedy = greedy && routeAt(greedy.node, method);
  if (greedy === undefined || viaGreedy === undefined || cleanEnd(path, start, false) === -1) return undefined;
  params[greedy.name] = path.slice(start, path.endsWith('/') ? -1 : undefined);
  return viaGreedy;
}

/** The static child whose value is the whole segment at `start`, compared in place. */
function staticChild<T>(node: Node<T>, path: string, start: number): Node<T> | undefined {
  const list = node.staticList;
  if (list.length > scanLimit) {
    const slashAt = path.indexOf('/', start);
    return node.statics.get(path.slice(start, slashAt === -1 ? undefined : slashAt));
  }
  for (const each of list) {
    const end = start + each.value.length;
    if ((end === path.length || path.charCodeAt(end) === slash) && path.startsWith(each.value, start)) return each;
  }
  return undefined;
}

/**
 * Where the segment at `start` ends (`oneSegment`), or the clean path does:
 * -1 when it holds a `%` (only `match` decodes), or, for the rest of the
 * path, a `//` or a segment starting with `.`.
 */
function cleanEnd(path: string, start: number, oneSegment: boolean): number {
  for (let index = start; index < path.length; index++) {
    const code = path.charCodeAt(index);
    if (code === percent) return -1;
    if (code !== slash) continue;
    if (oneSegment) return index;
    const next = path.charCodeAt(index + 1);
    if (next === slash || next === dot) return -1;
  }
  return path.length;
}

function staticChildOf<T>(node: Node<T>, value: string): Node<T> {
  let child = node.statics.get(value);
  if (child === undefined) {
    child = newNode(value);
    node.statics.set(value, child);
    node.staticList.push(child);
  }
  return child;
}

const newNode = <T>(value: string): Node<T> => ({
  value,
  statics: new Map(),
  staticList: [],
  param: undefined,
  greedy: undefined,
  routes: {},
});

const slash = 47;
const dot = 46;
const percent = 37;
