// A webhook receiver on a function URL: JSON POSTs to /webhooks/<provider> are acknowledged with a
// bare JSON value (sent as a 200 application/json body); other methods get a 405 with an Allow header.
import { router } from '@switchboard/core';
import { functionUrl, toFunctionUrlResult } from '@switchboard/sources/function-url';

export const handler = router().on(functionUrl, async (event) => {
  const { method, path } = event.requestContext.http;
  if (method !== 'POST') return toFunctionUrlResult({ status: 405, headers: { allow: 'POST' } });
  const provider = path.split('/')[2] ?? 'unknown';
  const payload: unknown = JSON.parse(event.body ?? 'null');
  const type = typeof payload === 'object' && payload !== null && 'type' in payload ? String(payload.type) : 'unknown';
  return { received: true, provider, type };
}).handler;
