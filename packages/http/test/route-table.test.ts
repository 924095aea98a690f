import { describe, expect, it } from '@jest/globals';
import { DefinitionError } from '@switchboard/core';
import fc from 'fast-check';
import { RouteTable } from '../src/internal/route-table.js';

const split = (path: string) => path.split('/').filter((segment) => segment !== '');

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

  it.each([['users'], ['/a//b'], ['/a/./b'], ['/a/../b'], ['/a/%2F'], ['/.hidden']])(
    'sends %s, which is not clean, to the decoding matcher',
    (path) => expect(isCleanPath(path)).toBe(false),
  );
});
