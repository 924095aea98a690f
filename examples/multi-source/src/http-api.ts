import { randomUUID } from 'node:crypto';
import { HttpError, httpApp, reply } from '@switchboard/http';
import { orderSchema } from './orders.js';

/**
 * The HTTP API: `GET /` (the routes), `GET /health`, `POST /orders` (a zod-validated body: 201, or a
 * 422 problem naming the fields), `GET /orders/{id}`. One route table, served
 * to whichever HTTP caller the function is mounted for.
 */
export const app = httpApp()
  .get('/', () => ({ routes: ['GET /health', 'POST /orders', 'GET /orders/{id}'] }))
  .get('/health', () => ({ ok: true }))
  .post('/orders', { body: orderSchema }, (req) =>
    reply.json(201, { id: `o-${randomUUID().slice(0, 8)}`, ...req.body }),
  )
  .get('/orders/{id}', (req) => {
    if (!req.params.id.startsWith('o-')) throw new HttpError(404, 'Not Found');
    return { id: req.params.id, status: 'shipped' };
  });
