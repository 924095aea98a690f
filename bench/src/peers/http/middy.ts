/**
 * middy as its docs show it: a router of middy-wrapped route handlers, the
 * JSON body parsed by `http-json-body-parser`, zod in the route handler.
 * `http-router` reads `httpMethod`/`path` (payload 1.0, which ALB shares) or
 * `requestContext.http` (2.0), so one handler serves all three callers.
 * @see https://middy.js.org/docs/routers/http-router
 */
import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpRouterHandler, { type Route } from '@middy/http-router';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { userSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from './handler.js';

const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The event after the body parser: any of the three callers, its body already JSON-parsed. */
type ParsedEvent = APIGatewayProxyEvent & { readonly body: unknown };

function createHandler(): LambdaHandler {
  const createUser = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(httpJsonBodyParser())
    .handler(async (event) => {
      const user = userSchema.safeParse((event as ParsedEvent).body);
      if (!user.success) return json(422, { title: 'Invalid body' });
      return json(201, { id: event.pathParameters?.id, ...user.data });
    });
  const routes: Route<APIGatewayProxyEvent, APIGatewayProxyResult>[] = [
    { method: 'GET', path: '/users', handler: async () => json(200, []) },
    {
      method: 'GET',
      path: '/users/{id}',
      handler: async (event: APIGatewayProxyEvent) => json(200, { id: event.pathParameters?.id }),
    },
    { method: 'DELETE', path: '/users/{id}', handler: async () => ({ statusCode: 204, body: '' }) },
    { method: 'POST', path: '/users/{id}', handler: createUser },
    { method: 'GET', path: '/health', handler: async () => json(200, { ok: true }) },
  ];
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler(httpRouterHandler(routes));
  // The body parser replaces `event.body` with the parsed object and the
  // router writes `pathParameters`: each invocation gets its own shallow copy,
  // as each Lambda invocation gets its own event (the copy is timed, a few ns).
  return (event, context) => handler({ ...event }, context);
}

export const apigwHttp = createHandler;
export const apigwRest = createHandler;
export const alb = createHandler;
