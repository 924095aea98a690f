import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RouteTable } from './route-table.js';

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

function table(...routes: [string, string][]): RouteTable<string> {
  const built = new RouteTable<string>();
  for (const [method, pattern] of routes) built.add(method, pattern, `${method} ${pattern}`);
  return built;
}

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

  it('leaves a path with an encoded, empty or dot segment to the decoding matcher', () => {
    for (const path of ['/users/%41', '/users//42', '/users/./42', '/.well-known/x', 'users']) {
      expect(routes.find('GET', path, {})).toBeUndefined();
    }
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
