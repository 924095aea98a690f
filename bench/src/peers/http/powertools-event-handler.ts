/**
 * Powertools event-handler's HTTP `Router` (`@aws-lambda-powertools/event-handler/http`
 * in 2.35), with its built-in Standard Schema request validation of the body.
 * It resolves REST (1.0), HTTP API (2.0) and ALB events.
 * @see https://docs.powertools.aws.dev/lambda/typescript/latest/features/event-handler/http/
 */
import { Router } from '@aws-lambda-powertools/event-handler/http';
import { userSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from './handler.js';

function createHandler(): LambdaHandler {
  const app = new Router();
  app.get('/users', () => []);
  app.get('/users/:id', ({ params }) => ({ id: params.id }));
  app.delete('/users/:id', () => ({ statusCode: 204, body: '' }));
  app.post(
    '/users/:id',
    ({ params, valid }) => ({
      statusCode: 201,
      headers: { 'content-type': 'application/json' },
      body: { id: params.id, ...valid.req.body },
    }),
    { validation: { req: { body: userSchema } } },
  );
  app.get('/health', () => ({ ok: true }));
  return (event, context) => app.resolve(event, context);
}

export const apigwHttp = createHandler;
export const apigwRest = createHandler;
export const alb = createHandler;
