// Takes orders behind an Application Load Balancer: a JSON POST to /orders is accepted with a 202,
// anything else is a 404. `toAlbResult` answers in the target group's header mode, as the request shows it.
import { router } from '@switchboard/core';
import { alb, toAlbResult } from '@switchboard/sources/alb';

export const handler = router().on(alb, async (event) => {
  if (event.httpMethod !== 'POST' || event.path !== '/orders') {
    return toAlbResult({ status: 404, body: `No route for ${event.httpMethod} ${event.path}` }, event);
  }
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
  const order: unknown = JSON.parse(text ?? 'null');
  const channel = event.queryStringParameters?.source ?? 'direct';
  return toAlbResult(
    {
      status: 202,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accepted: order, channel }),
    },
    event,
  );
}).handler;
