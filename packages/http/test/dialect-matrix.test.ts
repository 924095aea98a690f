import { describe, expect, it } from '@jest/globals';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import {
  albDialect,
  apigwHttpDialect,
  apigwRestDialect,
  type Dialect,
  functionUrlDialect,
  HttpError,
  httpApp,
  reply,
  vpcLatticeDialect,
} from '../src/index.js';
import { readAnswer } from './read-answer.js';
import { albEvent, functionUrlEvent, httpApiEvent, latticeEvent, type RequestSpec, restEvent } from './requests.js';

const context = {} as Context;

const app = httpApp()
  .get('/users/{id}', (req) => ({ id: req.params.id, tags: req.queryAll.tag ?? [], sid: req.cookies.sid ?? null }))
  .post('/users', { body: z.object({ name: z.string().min(1) }) }, (req) =>
    reply.json(
      201,
      { name: req.body.name },
      { cookies: ['sid=s1; HttpOnly', 'theme=dark'], headers: { 'x-multi': ['a', 'b'] } },
    ),
  )
  .put('/files/{path+}', (req) => reply.bytes(200, req.rawBody as Uint8Array, 'application/octet-stream'))
  .get('/boom', () => {
    throw new Error('secret database password in message');
  })
  .get('/teapot', () => {
    throw new HttpError(418, "I'm a teapot", { detail: 'short and stout' });
  })
  .get('/inject', () => reply.text(200, 'x', { headers: { 'x-evil': 'a\r\nset-cookie: pwned=1' } }));

interface Caller {
  readonly name: string;
  readonly dialect: Dialect;
  readonly event: (spec: RequestSpec) => unknown;
  readonly repeatedHeaders: 'separate' | 'joined' | 'first';
  readonly allCookies: boolean;
  /** ALB target groups without multi-value headers pass only the last value of a repeated query key. */
  readonly allQueryValues: boolean;
}

const callers: readonly Caller[] = [
  {
    name: 'apigw-rest',
    dialect: apigwRestDialect,
    event: restEvent,
    repeatedHeaders: 'separate',
    allCookies: true,
    allQueryValues: true,
  },
  {
    name: 'apigw-http',
    dialect: apigwHttpDialect,
    event: httpApiEvent,
    repeatedHeaders: 'joined',
    allCookies: true,
    allQueryValues: true,
  },
  {
    name: 'function-url',
    dialect: functionUrlDialect,
    event: functionUrlEvent,
    repeatedHeaders: 'joined',
    allCookies: true,
    allQueryValues: true,
  },
  {
    name: 'alb multi-value',
    dialect: albDialect,
    event: (spec) => albEvent(spec, true),
    repeatedHeaders: 'separate',
    allCookies: true,
    allQueryValues: true,
  },
  {
    name: 'alb single',
    dialect: albDialect,
    event: (spec) => albEvent(spec, false),
    repeatedHeaders: 'joined',
    allCookies: false,
    allQueryValues: false,
  },
  // VPC Lattice answers single-value headers: one Set-Cookie, repeated headers joined.
  {
    name: 'vpc-lattice v2',
    dialect: vpcLatticeDialect,
    event: (spec) => latticeEvent(spec, 2),
    repeatedHeaders: 'joined',
    allCookies: false,
    allQueryValues: true,
  },
  {
    name: 'vpc-lattice v1',
    dialect: vpcLatticeDialect,
    event: (spec) => latticeEvent(spec, 1),
    repeatedHeaders: 'joined',
    allCookies: false,
    allQueryValues: false,
  },
];

async function call(caller: Caller, spec: RequestSpec) {
  const event = caller.event(spec);
  expect(caller.dialect.source.detect(event)).toBe(true);
  return readAnswer(caller.dialect.source, await app.serve(caller.dialect, event, context));
}

describe.each(callers.map((caller) => [caller.name, caller] as const))('the same app through %s', (_name, caller) => {
  it('routes path params, repeated query keys and cookies, and answers 200 JSON', async () => {
    const answer = await call(caller, {
      method: 'GET',
      path: '/users/42',
      query: { tag: ['a b', 'c&d'] },
      cookies: ['sid=xyz', 'other=1'],
    });
    expect(answer.schemaIssues).toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toEqual(['application/json']);
    const tags = caller.allQueryValues ? ['a b', 'c&d'] : ['c&d'];
    expect(JSON.parse(answer.text)).toEqual({ id: '42', tags, sid: 'xyz' });
  });

  it('validates a JSON body and writes status, cookies and repeated headers in the caller dialect', async () => {
    const answer = await call(caller, {
      method: 'POST',
      path: '/users',
      headers: { 'content-type': ['application/json'] },
      body: '{"name":"Ada"}',
    });
    expect(answer.schemaIssues).toEqual([]);
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.text)).toEqual({ name: 'Ada' });
    expect(answer.cookies).toEqual(caller.allCookies ? ['sid=s1; HttpOnly', 'theme=dark'] : ['sid=s1; HttpOnly']);
    const multi = { separate: ['a', 'b'], joined: ['a, b'], first: ['a'] }[caller.repeatedHeaders];
    expect(answer.headers['x-multi']).toEqual(multi);
  });

  it('answers an invalid body with 422 problem+json naming the field, never the value', async () => {
    const answer = await call(caller, {
      method: 'POST',
      path: '/users',
      headers: { 'content-type': ['application/json'] },
      body: '{"name":"","password":"hunter2"}',
    });
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toEqual(['application/problem+json']);
    const problem = JSON.parse(answer.text);
    expect(problem).toMatchObject({
      status: 422,
      title: 'Request validation failed',
      errors: [{ in: 'body', path: 'name' }],
    });
    expect(answer.text).not.toContain('hunter2');
  });

  it('answers malformed JSON with 400 and a non-JSON content type with 415', async () => {
    const malformed = await call(caller, {
      method: 'POST',
      path: '/users',
      headers: { 'content-type': ['application/json'] },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text)).toEqual({
      type: 'about:blank',
      title: 'Malformed JSON body',
      status: 400,
      detail: 'The request body is not valid JSON',
    });
    const wrongType = await call(caller, {
      method: 'POST',
      path: '/users',
      headers: { 'content-type': ['text/plain'] },
      body: 'name=Ada',
    });
    expect(wrongType.status).toBe(415);
  });

  it('round-trips a binary body byte for byte', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const answer = await call(caller, {
      method: 'PUT',
      path: '/files/a/b.bin',
      headers: { 'content-type': ['application/octet-stream'] },
      body: bytes,
    });
    expect(answer.schemaIssues).toEqual([]);
    expect(answer.status).toBe(200);
    expect([...answer.body]).toEqual([...bytes]);
  });

  it('answers 404, 405 with Allow, OPTIONS with Allow, and HEAD without a body', async () => {
    expect((await call(caller, { method: 'GET', path: '/nope' })).status).toBe(404);
    const wrongMethod = await call(caller, { method: 'DELETE', path: '/users/1' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toEqual(['GET, HEAD, OPTIONS']);
    const options = await call(caller, { method: 'OPTIONS', path: '/users/1' });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toEqual(['GET, HEAD, OPTIONS']);
    const head = await call(caller, { method: 'HEAD', path: '/users/1' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('hides an unexpected error behind a bare 500 problem, and shows an exposed HttpError', async () => {
    const boom = await call(caller, { method: 'GET', path: '/boom' });
    expect(boom.status).toBe(500);
    expect(JSON.parse(boom.text)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(boom.text).not.toMatch(/secret|at .*\(|Error:/);
    const teapot = await call(caller, { method: 'GET', path: '/teapot' });
    expect(teapot.status).toBe(418);
    expect(JSON.parse(teapot.text)).toMatchObject({ title: "I'm a teapot", detail: 'short and stout' });
  });

  it('refuses a header value with CR/LF: a 500, and nothing injected', async () => {
    const answer = await call(caller, { method: 'GET', path: '/inject' });
    expect(answer.status).toBe(500);
    expect(answer.cookies).toEqual([]);
    expect(answer.headers['x-evil']).toBeUndefined();
  });
});
