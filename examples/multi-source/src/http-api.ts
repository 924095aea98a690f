import type { ApigwHttpEvent, ApigwHttpResult } from '@switchboard/sources/apigw-http';
import { orderSchema } from './orders.js';

// A hand-routed HTTP API until @switchboard/http's route table lands: the
// point here is one function serving every caller, not the routing.

function json(statusCode: number, body: unknown, contentType = 'application/json'): ApigwHttpResult {
  return { statusCode, headers: { 'content-type': contentType }, body: JSON.stringify(body) };
}

function problem(status: number, title: string, detail?: string): ApigwHttpResult {
  return json(status, { type: 'about:blank', title, status, ...(detail && { detail }) }, 'application/problem+json');
}

function createOrder(event: ApigwHttpEvent): ApigwHttpResult {
  let body: unknown;
  try {
    const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
    body = JSON.parse(text ?? '');
  } catch {
    return problem(400, 'Malformed JSON body');
  }
  const order = orderSchema.safeParse(body);
  if (!order.success) {
    const fields = order.error.issues.map((issue) => issue.path.join('.') || '(body)');
    return problem(422, 'Invalid order', `Invalid fields: ${fields.join(', ')}`);
  }
  return json(201, { id: event.requestContext.requestId, ...order.data });
}

/** The HTTP API's routes: `GET /health`, `POST /orders`. */
export async function handleHttp(event: ApigwHttpEvent): Promise<ApigwHttpResult> {
  const route = `${event.requestContext.http.method} ${event.rawPath}`;
  if (route === 'GET /health') return json(200, { ok: true });
  if (route === 'POST /orders') return createOrder(event);
  return problem(404, 'Not Found');
}
