import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import { router } from '@switchboard/core';
import { apigwHttpDialect, type HttpRequest, httpApp } from '@switchboard/http';

/**
 * A route may be a middy chain: here `@middy/http-json-body-parser` parses
 * the body (instead of a body schema) and the route answers as API Gateway
 * does, `{ statusCode, headers, body }`.
 */
const echo = middy(async (request: HttpRequest) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ received: request.body }),
})).use(httpJsonBodyParser());

const app = httpApp().post('/echo', echo);

// Middlewares on the whole function see every route's answer, in the caller's dialect.
export const handler = middy(app.mount(router(), [apigwHttpDialect]).handler).use(httpSecurityHeaders());
