/**
 * Powertools parser as its docs show it: the built-in event schema extended
 * with the body schema (`JSONStringified`), applied by the `parser` middy
 * middleware with `safeParse`. The parser does not route: the handler checks
 * method and path itself, as the hand-written one does.
 * @see https://docs.powertools.aws.dev/lambda/typescript/latest/features/parser/
 */
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { AlbSchema } from '@aws-lambda-powertools/parser/schemas/alb';
import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import middy from '@middy/core';
import { userSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from './handler.js';

const json = (statusCode: number, body: unknown) => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});

const invalid = () => json(422, { title: 'Invalid body' });

function createUser(method: string, path: string, body: { readonly name: string; readonly email: string }) {
  if (method !== 'POST' || !path.startsWith('/users/')) return json(404, { title: 'Not Found' });
  return json(201, { id: path.slice('/users/'.length), ...body });
}

export function apigwHttp(): LambdaHandler {
  const schema = APIGatewayProxyEventV2Schema.extend({ body: JSONStringified(userSchema) });
  return middy()
    .use(parser({ schema, safeParse: true }))
    .handler(async (event) =>
      event.success
        ? createUser(event.data.requestContext.http.method, event.data.rawPath, event.data.body)
        : invalid(),
    );
}

export function apigwRest(): LambdaHandler {
  const schema = APIGatewayProxyEventSchema.extend({ body: JSONStringified(userSchema) });
  return middy()
    .use(parser({ schema, safeParse: true }))
    .handler(async (event) =>
      event.success ? createUser(event.data.httpMethod, event.data.path, event.data.body) : invalid(),
    );
}

export function alb(): LambdaHandler {
  const schema = AlbSchema.extend({ body: JSONStringified(userSchema) });
  return middy()
    .use(parser({ schema, safeParse: true }))
    .handler(async (event) =>
      event.success ? createUser(event.data.httpMethod, event.data.path, event.data.body) : invalid(),
    );
}
