import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource } from '@switchboard/core';
import {
  albReference as alb,
  allSources,
  apigwHttpReference as apigwHttp,
  apigwRestReference as apigwRest,
  functionUrlReference as functionUrl,
  vpcLatticeReference as vpcLattice,
} from '@switchboard/sources';
import { events, type HttpEventSpec } from '../src/index.js';

const request = {
  method: 'post',
  path: '/orders/o 1',
  query: { tag: ['a', 'b&c'], limit: '10' },
  headers: { 'x-trace': ['t1', 't2'] },
  cookies: ['sid=s1', 'theme=dark'],
  json: { sku: 'B07XJ8C8F5' },
} as const;

const dialects = [
  ['apigw-http', apigwHttp, undefined],
  ['apigw-rest', apigwRest, undefined],
  ['function-url', functionUrl, undefined],
  ['alb', alb, 'single'],
  ['vpc-lattice', vpcLattice, 'v2'],
] as const;

describe('events.http', () => {
  it.each(dialects)(
    'builds a %s event detected as that source and valid against its schema',
    (dialect, source, variant) => {
      const event = events.http({ ...request, dialect });
      expect(checkEvent(source, event)).toEqual([]);
      expect(detectSource(allSources, event)).toEqual({ source, variant });
    },
  );

  it.each([
    [{ dialect: 'alb', multiValue: true }, alb, 'multi-value'],
    [{ dialect: 'vpc-lattice', version: 1 }, vpcLattice, 'v1'],
  ] as const)('builds the %o variant', (options, source, variant) => {
    const event = events.http({ ...request, ...(options as Partial<HttpEventSpec>), dialect: options.dialect });
    expect(checkEvent(source, event)).toEqual([]);
    expect(detectSource(allSources, event)).toEqual({ source, variant });
  });

  it('serialises json with a JSON content type, and sends bytes base64-encoded', () => {
    const json = events.http({ dialect: 'apigw-http', method: 'POST', path: '/', json: { a: 1 } });
    expect(json).toMatchObject({
      body: '{"a":1}',
      isBase64Encoded: false,
      headers: { 'content-type': 'application/json' },
    });
    const bytes = events.http({ dialect: 'apigw-rest', method: 'PUT', path: '/f', body: new Uint8Array([0xff, 0x00]) });
    expect(bytes).toMatchObject({ body: '/wA=', isBase64Encoded: true });
  });

  it('places query, headers and cookies as each dialect does', () => {
    const v2 = events.http({ ...request, dialect: 'apigw-http' });
    expect(v2).toMatchObject({
      rawPath: '/orders/o 1',
      rawQueryString: 'tag=a&tag=b%26c&limit=10',
      queryStringParameters: { tag: 'a,b&c', limit: '10' },
      cookies: ['sid=s1', 'theme=dark'],
      requestContext: { http: { method: 'POST' } },
    });
    expect(v2.headers['x-trace']).toBe('t1,t2');
    const rest = events.http({ ...request, dialect: 'apigw-rest' });
    expect(rest.multiValueQueryStringParameters).toEqual({ tag: ['a', 'b&c'], limit: ['10'] });
    expect(rest.multiValueHeaders?.cookie).toEqual(['sid=s1; theme=dark']);
    const single = events.http({ ...request, dialect: 'alb' });
    expect(single.queryStringParameters).toEqual({ tag: 'b%26c', limit: '10' });
  });

  it('rejects a spec with both json and body', () => {
    expect(() => events.http({ dialect: 'alb', method: 'POST', path: '/', json: {}, body: 'x' })).toThrow(/json.*body/);
  });

  it('leaves body and query keys out of a payload v2 event that has none', () => {
    const event = events.http({ dialect: 'function-url', method: 'GET', path: '/health' });
    expect(event).not.toHaveProperty('body');
    expect(event).not.toHaveProperty('queryStringParameters');
    expect(event).not.toHaveProperty('cookies');
    expect(event.rawQueryString).toBe('');
  });
});
