import { describe, expect, it } from '@jest/globals';
import { DefinitionError } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { albDialect, apigwHttpDialect, cors, type Dialect, functionUrlDialect, httpApp } from '../src/index.js';
import { readAnswer } from './read-answer.js';
import { albEvent, functionUrlEvent, httpApiEvent, type RequestSpec } from './requests.js';

const context = {} as Context;
const app = httpApp({
  cors: cors({
    origins: ['https://shop.example'],
    credentials: true,
    maxAgeSeconds: 600,
    exposeHeaders: ['x-request-id'],
  }),
})
  .get('/items', () => [])
  .post('/items', () => ({ ok: true }));

const callers: readonly [string, Dialect, (spec: RequestSpec) => unknown][] = [
  ['apigw-http', apigwHttpDialect, httpApiEvent],
  ['function-url', functionUrlDialect, functionUrlEvent],
  ['alb (single)', albDialect, (spec) => albEvent(spec, false)],
  ['alb (multi-value)', albDialect, (spec) => albEvent(spec, true)],
];

describe.each(callers)('built-in CORS through %s', (_name, dialect, event) => {
  const call = async (spec: RequestSpec) => readAnswer(dialect.source, await app.serve(dialect, event(spec), context));
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    path: '/items',
    headers: {
      origin: [origin],
      'access-control-request-method': ['POST'],
      'access-control-request-headers': ['content-type'],
    },
  });

  it('answers a preflight from an allowed origin with the path methods, asked headers and max age', async () => {
    const answer = await call(preflight('https://shop.example'));
    expect(answer.status).toBe(204);
    expect(answer.schemaIssues).toEqual([]);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': ['https://shop.example'],
      'access-control-allow-methods': ['GET, HEAD, OPTIONS, POST'],
      'access-control-allow-headers': ['content-type'],
      'access-control-allow-credentials': ['true'],
      'access-control-max-age': ['600'],
      vary: ['Origin'],
    });
  });

  it('answers a preflight from another origin without allowing it', async () => {
    const answer = await call(preflight('https://evil.example'));
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('adds CORS headers to actual answers, errors included', async () => {
    const ok = await call({ method: 'GET', path: '/items', headers: { origin: ['https://shop.example'] } });
    expect(ok.headers['access-control-allow-origin']).toEqual(['https://shop.example']);
    expect(ok.headers['access-control-expose-headers']).toEqual(['x-request-id']);
    const missing = await call({ method: 'GET', path: '/nope', headers: { origin: ['https://shop.example'] } });
    expect(missing.status).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toEqual(['https://shop.example']);
  });
});

describe('CORS definition', () => {
  it('refuses credentials for any origin when the app is defined', () => {
    expect(() => httpApp({ cors: cors({ origins: '*', credentials: true }) })).toThrow(DefinitionError);
  });
});
