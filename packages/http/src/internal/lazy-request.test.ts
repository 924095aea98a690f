import { describe, expect, it } from '@jest/globals';
import { events, lambdaContext } from '@switchboard/testing';
import { apigwRestDialect } from '../dialects/apigw-rest.js';
import { LazyRequest } from './lazy-request.js';

describe('LazyRequest', () => {
  const event = events.http({
    dialect: 'apigw-rest',
    method: 'post',
    path: '/items',
    headers: { 'Content-Type': ['application/json'], Origin: ['https://app.example.com'] },
    body: '{}',
  });

  it('reads the request line and body at once, upper-casing the method', () => {
    const request = new LazyRequest(apigwRestDialect, event, lambdaContext());
    expect([request.method, request.path, request.rawBody, request.dialect]).toEqual([
      'POST',
      '/items',
      '{}',
      'apigw-rest',
    ]);
  });

  it('reads one header from the event, then from the headers once they are built or replaced (as middy does)', () => {
    const request = new LazyRequest(apigwRestDialect, event, lambdaContext());
    expect(request.header('origin')).toBe('https://app.example.com');
    expect(request.headers['content-type']).toBe('application/json');
    request.headers = { origin: 'https://other.example.com' };
    expect(request.header('origin')).toBe('https://other.example.com');
    expect(request.header('content-type')).toBeUndefined();
  });
});
