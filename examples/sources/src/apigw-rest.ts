// A REST API method, `POST /orders/{orderId}/items` (Lambda proxy integration): adds the item in the
// JSON body to the order and answers 201 with its location; a body that is not an item is a 422.
import { router } from '@switchboard/core';
import { apigwRest, toApigwRestResult } from '@switchboard/sources/apigw-rest';
import { z } from 'zod';

const itemSchema = z.object({ sku: z.string().min(1), quantity: z.number().int().positive() });
const json = { 'content-type': 'application/json' };

function readItem(body: string | null | undefined) {
  try {
    return itemSchema.parse(JSON.parse(body ?? ''));
  } catch {
    return undefined;
  }
}

export const handler = router().on(apigwRest, async (event) => {
  const item = readItem(event.body);
  if (item === undefined) {
    return toApigwRestResult({ status: 422, headers: json, body: '{"error":"expected { sku, quantity }"}' });
  }
  const orderId = event.pathParameters?.orderId ?? '';
  return toApigwRestResult({
    status: 201,
    headers: { ...json, location: `/orders/${orderId}/items/${item.sku}` },
    body: JSON.stringify({ orderId, ...item, notify: event.queryStringParameters?.notify ?? 'none' }),
  });
}).handler;
