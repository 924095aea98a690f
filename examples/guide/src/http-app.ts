import { cors, HttpError, httpApp, reply } from '@switchboard/http';
import { z } from 'zod';

export const newOrderSchema = z.object({
  item: z.string().min(1),
  quantity: z.number().int().positive(),
});

const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

type Order = z.infer<typeof newOrderSchema> & { readonly id: string };

/** An in-memory store, so the example runs anywhere; a real app would use DynamoDB. */
const orders = new Map<string, Order>();

/**
 * One route table for every HTTP caller. Path parameters are typed from the
 * pattern, `query` and `body` from their schemas; a request that fails a
 * schema is answered 400 (422 for a body) as problem+json naming the fields.
 */
export const app = httpApp({ cors: cors({ origins: ['https://shop.example'] }) })
  .get('/orders', { query: listQuerySchema }, (req) => ({ orders: [...orders.values()].slice(0, req.query.limit) }))
  .post('/orders', { body: newOrderSchema }, (req) => {
    const order = { id: `o-${orders.size + 1}`, ...req.body };
    orders.set(order.id, order);
    return reply.json(201, order, { headers: { location: `/orders/${order.id}` } });
  })
  .get('/orders/{id}', (req) => {
    const order = orders.get(req.params.id);
    if (order === undefined) throw new HttpError(404, 'Order not found', { detail: `No order ${req.params.id}` });
    return order; // a plain value: 200 JSON
  })
  .group('/admin', (admin) =>
    admin.delete('/orders/{id}', (req) => {
      if (req.headers.authorization !== 'Bearer admin') throw new HttpError(403, 'Forbidden');
      orders.delete(req.params.id);
      return reply.empty(204);
    }),
  );
