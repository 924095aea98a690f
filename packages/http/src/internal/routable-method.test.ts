import { describe, expect, it } from '@jest/globals';
import { toMethod } from './routable-method.js';

describe('toMethod', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])('keeps %s as sent', (method) => {
    expect(toMethod(method)).toBe(method);
  });

  it.each([
    ['get', 'GET'],
    ['Post', 'POST'],
    ['propfind', 'PROPFIND'],
  ])('upper-cases %s to %s', (sent, method) => {
    expect(toMethod(sent)).toBe(method);
  });
});
