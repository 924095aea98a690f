import { describe, expect, it } from '@jest/globals';
import { httpApp } from '../src/index.js';

const noop = () => undefined;

describe('route paths', () => {
  it('joins group prefixes and paths with one slash and keeps no trailing slash', () => {
    const app = httpApp()
      .get('/', noop)
      .get('users', noop)
      .group('/v1/', (v1) => v1.get('//orders/', noop).group('admin//', (admin) => admin.get('/', noop)))
      .group('/', (root) => root.get('/health///', noop));
    expect(app.routes.map((route) => route.pattern)).toEqual(['/', '/users', '/v1/orders', '/v1/admin', '/health']);
  });

  it('refuses a pattern whose segment is not a parameter but holds a brace, naming the route', () => {
    expect(() => httpApp().get('/users/{user-id}', noop)).toThrow(
      'Route path "/users/{user-id}" has an invalid segment',
    );
  });
});
