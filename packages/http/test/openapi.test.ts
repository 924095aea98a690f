import { describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { httpApp, reply } from '../src/index.js';
import { toOpenApi } from '../src/openapi.js';

const user = z.object({ id: z.string(), name: z.string().min(1), email: z.email() });

const app = httpApp()
  .get('/health', () => ({ ok: true }))
  .get(
    '/users/{id}',
    { summary: 'Read a user', tags: ['users'], responses: { 200: { description: 'The user', schema: user } } },
    (req) => ({ id: req.params.id }),
  )
  .post(
    '/users',
    {
      operationId: 'createUser',
      body: user.omit({ id: true }),
      query: z.object({ dryRun: z.enum(['yes', 'no']).optional() }),
      headers: z.object({ 'x-tenant': z.string() }),
      responses: { 201: { description: 'Created', schema: user } },
    },
    (req) => reply.json(201, { id: 'u-1', ...req.body }),
  )
  .put(
    '/files/{path+}',
    { params: zm.object({ path: zm.string() }), body: zm.object({ size: zm.number() }) },
    () => undefined,
  );

describe('OpenAPI 3.1 from the route table', () => {
  const document = toOpenApi(app, { title: 'Users', version: '1.2.0', servers: [{ url: 'https://api.example.com' }] });

  it('validates as OpenAPI 3.1 with a maintained validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('lists every route, greedy parameters written as plain path parameters', () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(['/files/{path}', '/health', '/users', '/users/{id}']);
    expect(Object.keys(document.paths?.['/users'] ?? {})).toEqual(['post']);
  });

  it('derives parameters, body and responses from the zod schemas (classic and mini)', () => {
    const create = document.paths?.['/users']?.post;
    expect(create?.operationId).toBe('createUser');
    expect(create?.parameters).toEqual([
      { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['yes', 'no'] } },
      { name: 'x-tenant', in: 'header', required: true, schema: { type: 'string' } },
    ]);
    expect(create?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', required: ['name', 'email'] } } },
    });
    expect(Object.keys(create?.responses ?? {}).sort()).toEqual(['201', '400', '422', 'default']);
    const upload = document.paths?.['/files/{path}']?.put;
    expect(upload?.parameters).toEqual([{ name: 'path', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(upload?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', properties: { size: { type: 'number' } } } } },
    });
  });
});
