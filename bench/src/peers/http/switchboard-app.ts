/**
 * Switchboard's HTTP app, the headline figure: a route table with several
 * routes, the body typed and validated by zod, the answer written in the
 * caller's dialect.
 */
import { router } from '@switchboard/core';
import { albDialect, apigwHttpDialect, apigwRestDialect, type Dialect, httpApp, reply } from '@switchboard/http';
import { userSchema } from '../../schemas/zod-classic.js';

function mountedOn(dialect: Dialect) {
  const app = httpApp()
    .get('/users', () => [])
    .get('/users/{id}', (req) => ({ id: req.params.id }))
    .delete('/users/{id}', () => undefined)
    .post('/users/{id}', { body: userSchema }, (req) => reply.json(201, { id: req.params.id, ...req.body }))
    .get('/health', () => ({ ok: true }));
  return app.mount(router(), [dialect]).handler;
}

export const apigwHttp = () => mountedOn(apigwHttpDialect);
export const apigwRest = () => mountedOn(apigwRestDialect);
export const alb = () => mountedOn(albDialect);
