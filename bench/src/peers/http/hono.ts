/**
 * hono with its Lambda adapter: `handle(app)` reads payload 1.0, 2.0 and ALB
 * events and answers in the same shape; zod validates in the route handler
 * (hono's zod-validator is a separate package, not installed here).
 * @see https://hono.dev/docs/getting-started/aws-lambda
 */
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { userSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from './handler.js';

function createHandler(): LambdaHandler {
  const app = new Hono()
    .get('/users', (c) => c.json([]))
    .get('/users/:id', (c) => c.json({ id: c.req.param('id') }))
    .delete('/users/:id', (c) => c.body(null, 204))
    .post('/users/:id', async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ title: 'Malformed JSON' }, 400);
      }
      const user = userSchema.safeParse(body);
      if (!user.success) return c.json({ title: 'Invalid body' }, 422);
      return c.json({ id: c.req.param('id'), ...user.data }, 201);
    })
    .get('/health', (c) => c.json({ ok: true }));
  return handle(app);
}

export const apigwHttp = createHandler;
export const apigwRest = createHandler;
export const alb = createHandler;
