import { router } from '@switchboard/core';
import { apigwHttpDialect, httpApp, reply } from '@switchboard/http';
import { type ApigwHttpEvent, type ApigwHttpResult, apigwHttp } from '@switchboard/sources/apigw-http';
import { z } from 'zod';
import type { Scenario } from '../harness.js';
import { context } from './context.js';

const userSchema = z.object({ name: z.string().min(1), email: z.email() });

/** POST /users/{id} on an HTTP API (payload 2.0) with a JSON body. */
function postUserEvent(): ApigwHttpEvent {
  const sample = apigwHttp.sample();
  return {
    ...sample,
    routeKey: 'POST /users/{id}',
    rawPath: '/users/42',
    rawQueryString: '',
    headers: { ...sample.headers, 'content-type': 'application/json' },
    pathParameters: { id: '42' },
    requestContext: {
      ...sample.requestContext,
      http: { ...sample.requestContext.http, method: 'POST', path: '/users/42' },
    },
    body: JSON.stringify({ name: 'Ada', email: 'ada@example.com' }),
    isBase64Encoded: false,
  };
}

const json = (statusCode: number, body: unknown): ApigwHttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});

/** The same work in every candidate: route, parse, validate, answer 201. */
async function createUser(event: ApigwHttpEvent): Promise<ApigwHttpResult> {
  if (event.requestContext.http.method !== 'POST' || !event.rawPath.startsWith('/users/')) {
    return json(404, { title: 'Not Found' });
  }
  let body: unknown;
  try {
    body = JSON.parse(event.body ?? '');
  } catch {
    return json(400, { title: 'Malformed JSON' });
  }
  const user = userSchema.safeParse(body);
  if (!user.success) return json(422, { title: 'Invalid body' });
  return json(201, { id: event.pathParameters?.id, ...user.data });
}

export function httpScenario(): Scenario {
  const event = postUserEvent();
  const switchboard = router().on(apigwHttp, createUser).handler;
  const validating = router({ validateEvent: true }).on(apigwHttp, createUser).handler;
  // The same endpoint as a route of an HTTP app among others: the route table is in the path.
  const app = httpApp()
    .get('/users', () => [])
    .get('/users/{id}', (req) => ({ id: req.params.id }))
    .delete('/users/{id}', () => undefined)
    .post('/users/{id}', { body: userSchema }, (req) => reply.json(201, { id: req.params.id, ...req.body }))
    .get('/health', () => ({ ok: true }));
  const routed = app.mount(router(), [apigwHttpDialect]).handler;
  return {
    name: 'HTTP API v2 POST /users/{id}, zod body, 201',
    expected: json(201, { id: '42', name: 'Ada', email: 'ada@example.com' }),
    baseline: { name: 'hand-written', invoke: () => createUser(event) },
    candidates: [
      { name: 'switchboard', invoke: () => switchboard(event, context) },
      { name: 'switchboard, validateEvent: true', invoke: () => validating(event, context) },
      { name: 'switchboard http app (route table, typed body)', invoke: () => routed(event, context) },
    ],
  };
}
