// An HTTP API route with payload format 2.0: `POST /orders` answers 201 with the new order's location
// and remembers it in a cookie (`cookies` become Set-Cookie headers); other routes are a 404.
import { router } from '@switchboard/core';
import { apigwHttp, toApigwHttpResult } from '@switchboard/sources/apigw-http';

export const handler = router().on(apigwHttp, async (event) => {
  if (event.routeKey !== 'POST /orders') return toApigwHttpResult({ status: 404, body: 'Not Found' });
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
  const order: unknown = JSON.parse(text ?? 'null');
  const id = `o-${event.requestContext.timeEpoch.toString(36)}`;
  return toApigwHttpResult({
    status: 201,
    headers: { 'content-type': 'application/json', location: `/orders/${id}` },
    cookies: [`last-order=${id}; Path=/; Secure; HttpOnly`],
    body: JSON.stringify({ id, order, from: event.requestContext.http.sourceIp }),
  });
}).handler;
