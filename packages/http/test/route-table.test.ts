import { describe, expect, it } from '@jest/globals';
import { DefinitionError } from '@switchboard/core';
import fc from 'fast-check';
import { RouteTable } from '../src/internal/route-table.js';

const split = (path: string) => path.split('/').filter((segment) => segment !== '');

// What the app does with a path `find` leaves alone: split, then decode each segment (see respond.ts).
function decodedSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/** A path `find` reads as is: starts with `/`, no `//`, no dot segment, no percent-encoding. */
function isCleanPath(path: string): boolean {
  return path.startsWith('/') && !path.includes('%') && !path.includes('//') && !path.includes('/.');
}

function table(...routes: [string, string][]): RouteTable<string> {
  const built = new RouteTable<string>();
  for (const [method, pattern] of routes) built.add(method, pattern, `${method} ${pattern}`);
  return built;
}

describe('RouteTable', () => {
  const routes = table(
    ['GET', '/'],
    ['GET', '/users'],
    ['POST', '/users'],
    ['GET', '/users/me'],
    ['GET', '/users/{id}'],
    ['DELETE', '/users/{id}'],
    ['GET', '/users/{id}/posts/{postId}'],
    ['GET', '/files/{path+}'],
    ['GET', '/files/readme'],
  );

  it.each([
    ['GET', '/', 'GET /', {}],
    ['GET', '/users', 'GET /users', {}],
    ['GET', '/users/', 'GET /users', {}],
    ['GET', '/users/me', 'GET /users/me', {}],
    ['GET', '/users/42', 'GET /users/{id}', { id: '42' }],
    ['GET', '/users/42/posts/7', 'GET /users/{id}/posts/{postId}', { id: '42', postId: '7' }],
    ['GET', '/files/readme', 'GET /files/readme', {}],
    ['GET', '/files/a/b/c.txt', 'GET /files/{path+}', { path: 'a/b/c.txt' }],
    ['GET', '/files/one', 'GET /files/{path+}', { path: 'one' }],
    ['HEAD', '/users/42', 'GET /users/{id}', { id: '42' }],
  ])('%s %s matches %s, most specific first', (method, path, route, params) => {
    expect(routes.match(method, split(path))).toEqual({ kind: 'found', route, params });
  });

  it('falls back to a less specific path when the most specific one lacks the method', () => {
    expect(routes.match('DELETE', split('/users/me'))).toEqual({
      kind: 'found',
      route: 'DELETE /users/{id}',
      params: { id: 'me' },
    });
  });

  it('answers method-not-allowed with every method the matching paths allow', () => {
    expect(routes.match('PUT', split('/users/42'))).toEqual({
      kind: 'method-not-allowed',
      allowed: ['DELETE', 'GET', 'HEAD', 'OPTIONS'],
    });
  });

  it('answers not-found when no path matches, including a greedy parameter with nothing to take', () => {
    expect(routes.match('GET', split('/nope'))).toEqual({ kind: 'not-found' });
    expect(routes.match('GET', split('/files'))).toEqual({ kind: 'not-found' });
    expect(routes.match('GET', split('/users/42/posts'))).toEqual({ kind: 'not-found' });
  });

  it('keeps a parameter value exactly as the segment it matched', () => {
    expect(routes.match('GET', ['users', 'a/b'])).toEqual({
      kind: 'found',
      route: 'GET /users/{id}',
      params: { id: 'a/b' },
    });
  });

  it.each([
    ['users', /must start with/],
    ['/files/{path+}/more', /has \{path\+\} before the last segment/],
    ['/a/{id}/b/{id}', /names \{id\} twice/],
    ['/a/{x', /invalid segment/],
    ['/a//b', /invalid segment/],
  ])('refuses the pattern %s when it is defined', (pattern, message) => {
    expect(() => new RouteTable().add('GET', pattern, 'x')).toThrow(message);
  });

  it('refuses a duplicate route and conflicting parameter names at one position', () => {
    expect(() => table(['GET', '/a/{id}'], ['GET', '/a/{id}'])).toThrow(DefinitionError);
    expect(() => table(['GET', '/a/{id}'], ['POST', '/a/{key}'])).toThrow(/\{key\} where another route has \{id\}/);
  });
});

describe('RouteTable.find (the in-place reader of clean paths)', () => {
  const routes = table(
    ['GET', '/'],
    ['GET', '/users'],
    ['GET', '/users/me'],
    ['GET', '/users/{id}'],
    ['DELETE', '/users/{id}'],
    ['GET', '/users/{id}/posts/{postId}'],
    ['GET', '/files/{path+}'],
    ['GET', '/files/readme'],
    ...Array.from({ length: 12 }, (_, i): [string, string] => ['GET', `/many/s${i}`]),
  );
  const segment = fc.constantFrom('users', 'me', 'posts', 'files', 'readme', 'many', 's3', 's11', 'x', '42', 'user');
  const cleanPath = fc
    .tuple(fc.array(segment, { maxLength: 5 }), fc.boolean())
    .map(([segments, trailing]) => `/${segments.join('/')}${trailing && segments.length > 0 ? '/' : ''}`);

  it('answers exactly what match answers on the split path, for any clean path', () => {
    fc.assert(
      fc.property(cleanPath, fc.constantFrom('GET', 'DELETE', 'POST', 'HEAD'), (path, method) => {
        expect(isCleanPath(path)).toBe(true);
        const params: Record<string, string> = {};
        const found = routes.find(method, path, params);
        const matched = routes.match(method, split(path));
        if (found === undefined) expect(matched.kind).not.toBe('found');
        else expect(matched).toEqual({ kind: 'found', route: found, params });
      }),
    );
  });

  it.each([
    ['users'],
    ['users/42'],
    ['/users//42'],
    ['/users/./42'],
    ['/users/../42'],
    ['/users/%34%32'],
    ['/users/%41'],
    ['/.hidden'],
  ])('sends %s, which is not clean, to the decoding matcher', (path) => {
    expect(isCleanPath(path)).toBe(false);
    expect(routes.find('GET', path, {})).toBeUndefined();
  });
});

describe('RouteTable.find (the path read in place)', () => {
  const routes = table(
    ['GET', '/'],
    ['GET', '/users'],
    ['GET', '/users/me'],
    ['GET', '/users/{id}'],
    ['POST', '/users/{id}'],
    ['GET', '/users/me/posts'],
    ['GET', '/users/{id}/posts/{postId}'],
    ['GET', '/files/{path+}'],
    ['GET', '/.well-known/{name}'],
    ['HEAD', '/users/me'],
  );
  const segment = fc.constantFrom(
    'users',
    'me',
    'posts',
    'files',
    '.well-known',
    '42',
    '',
    '.',
    '..',
    '.x',
    '%41',
    'a%2Fb',
    '%E0',
  );
  const anyPath = fc
    .tuple(fc.array(segment, { maxLength: 5 }), fc.boolean())
    .map(([segments, trailing]) => `/${segments.join('/')}${trailing ? '/' : ''}`);

  it('finds a route only where matching the decoded segments finds the same route and parameters', () => {
    fc.assert(
      fc.property(anyPath, fc.constantFrom('GET', 'POST', 'HEAD', 'DELETE'), (path, method) => {
        const params: Record<string, string> = {};
        const route = routes.find(method, path, params);
        if (route === undefined) return;
        const segments = decodedSegments(path);
        expect(segments && routes.match(method, segments)).toEqual({ kind: 'found', route, params });
      }),
    );
  });

  it('backtracks from a dead end on the most specific branch, with no parameter left behind', () => {
    const params: Record<string, string> = {};
    expect(routes.find('GET', '/users/42/posts/7', params)).toBe('GET /users/{id}/posts/{postId}');
    expect(params).toEqual({ id: '42', postId: '7' });
    const fallback: Record<string, string> = {};
    expect(table(['GET', '/a/{x}/c'], ['GET', '/{y+}']).find('GET', '/a/b/d', fallback)).toBe('GET /{y+}');
    expect(fallback).toEqual({ y: 'a/b/d' });
  });

  it('answers HEAD with its own route first, else the GET route', () => {
    expect(routes.find('HEAD', '/users/me', {})).toBe('HEAD /users/me');
    expect(routes.find('HEAD', '/users/42', {})).toBe('GET /users/{id}');
  });

  it('leaves a dot segment to the decoding matcher even where a route takes one', () => {
    expect(routes.find('GET', '/.well-known/x', {})).toBeUndefined();
    expect(routes.match('GET', ['.well-known', 'x'])).toEqual({
      kind: 'found',
      route: 'GET /.well-known/{name}',
      params: { name: 'x' },
    });
  });

  it('leaves every path to the decoding matcher once a static segment holds a percent sign', () => {
    const encoded = table(['GET', '/a%20b'], ['GET', '/c']);
    expect(encoded.find('GET', '/c', {})).toBeUndefined();
    expect(encoded.match('GET', ['a b'])).toEqual({ kind: 'not-found' });
  });
});

describe('RouteTable: one walker for the path in place and for decoded segments', () => {
  const routes = table(
    ['GET', '/a/b/c'],
    ['GET', '/a/{x}/d'],
    ['GET', '/users/{id}/orders/{orderId}'],
    ['GET', '/files/{path+}'],
    ['GET', '/.well-known/{name}'],
  );

  it('backtracks from a static dead end to a parameter, in place and decoded alike', () => {
    const params: Record<string, string> = {};
    expect(routes.find('GET', '/a/b/d', params)).toBe('GET /a/{x}/d');
    expect(params).toEqual({ x: 'b' });
    expect(routes.match('GET', ['a', 'b', 'd'])).toEqual({ kind: 'found', route: 'GET /a/{x}/d', params: { x: 'b' } });
  });

  it('reads two parameters, with or without a trailing slash, and answers HEAD with the GET route', () => {
    for (const [method, path] of [
      ['GET', '/users/42/orders/7'],
      ['GET', '/users/42/orders/7/'],
      ['HEAD', '/users/42/orders/7'],
    ] as const) {
      const params: Record<string, string> = {};
      expect(routes.find(method, path, params)).toBe('GET /users/{id}/orders/{orderId}');
      expect(params).toEqual({ id: '42', orderId: '7' });
    }
  });

  it('leaves a greedy rest holding a %, a // or a dot segment to the decoding matcher', () => {
    for (const path of ['/files/a/%41', '/files/a//b', '/files/a/.b', '/files/a%2Fb']) {
      expect(routes.find('GET', path, {})).toBeUndefined();
    }
    const params: Record<string, string> = {};
    expect(routes.find('GET', '/files/a/b.txt/', params)).toBe('GET /files/{path+}');
    expect(params).toEqual({ path: 'a/b.txt' });
  });

  it('matches decoded segments that would not be clean in place: a %, a / or a leading dot', () => {
    expect(routes.match('GET', ['.well-known', '.x'])).toEqual({
      kind: 'found',
      route: 'GET /.well-known/{name}',
      params: { name: '.x' },
    });
    expect(routes.match('GET', ['a', '%', 'd'])).toEqual({ kind: 'found', route: 'GET /a/{x}/d', params: { x: '%' } });
    expect(routes.match('GET', ['files', 'a/b', '.c'])).toEqual({
      kind: 'found',
      route: 'GET /files/{path+}',
      params: { path: 'a/b/.c' },
    });
  });

  it('lists HEAD as allowed only where a HEAD or GET route is', () => {
    const posts = table(['POST', '/x'], ['HEAD', '/y']);
    expect(posts.match('PUT', ['x'])).toEqual({ kind: 'method-not-allowed', allowed: ['OPTIONS', 'POST'] });
    expect(posts.match('PUT', ['y'])).toEqual({ kind: 'method-not-allowed', allowed: ['HEAD', 'OPTIONS'] });
    expect(routes.match('PUT', ['a', 'b', 'c'])).toEqual({
      kind: 'method-not-allowed',
      allowed: ['GET', 'HEAD', 'OPTIONS'],
    });
  });
});
