/**
 * Detection shared by the HTTP sources: a few property reads on the fields
 * that tell API Gateway REST, HTTP APIs, function URLs, ALB and the
 * authorizer payloads apart. No parsing, no allocation.
 */
import { isObject } from './guards.js';

/** The `requestContext` object of an event, when it has one. */
export function requestContextOf(event: Record<string, unknown>): Record<string, unknown> | undefined {
  const context = event.requestContext;
  return isObject(context) ? context : undefined;
}

/**
 * Lambda authorizer requests ask whether a route may be called; they are not
 * requests to serve. REST TOKEN/REQUEST authorizers and HTTP API authorizers
 * in format 1.0 name the route in `methodArn`, HTTP API authorizers in format
 * 2.0 in `routeArn`; no proxy request carries either.
 * Corpus: example-apigw-custom-auth-request-type-request.json (REST REQUEST,
 * otherwise shaped like a proxy request), example-apigw-v2-custom-authorizer-v1-request.json
 * (top-level `httpMethod` and `requestContext.http`), example-apigw-v2-custom-authorizer-v2-request.json.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export function isAuthorizerRequest(event: Record<string, unknown>): boolean {
  return event.methodArn !== undefined || event.routeArn !== undefined;
}

/**
 * The `requestContext` of a payload format 2.0 request (HTTP API or function
 * URL): `requestContext.http.method` is where 2.0 puts the method, and 1.0
 * events (REST, ALB, HTTP API authorizers in format 1.0) have a top-level
 * `httpMethod` instead. Neither `version` nor `routeKey` is read: minimal
 * captures omit them (corpus: lambda-http/apigw_v2_proxy_request_minimal.json).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export function payloadV2ContextOf(event: unknown): Record<string, unknown> | undefined {
  if (!isObject(event) || event.httpMethod !== undefined || isAuthorizerRequest(event)) return undefined;
  const context = requestContextOf(event);
  if (context === undefined || !isObject(context.http) || typeof context.http.method !== 'string') return undefined;
  return context;
}

/**
 * Function URL events name the URL's own host in `requestContext.domainName`,
 * always `<url-id>.lambda-url.<region>.on.aws`; an HTTP API's is its
 * execute-api host or a custom domain (which would need a `lambda-url` label
 * to be mistaken). Local emulators that put `localhost` there are read as an
 * HTTP API, whose request and answer formats function URLs share.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
export function isFunctionUrlDomain(domainName: unknown): boolean {
  // The suffix first: one comparison turns away every execute-api host without a search.
  return typeof domainName === 'string' && domainName.endsWith('.on.aws') && domainName.includes('.lambda-url.');
}
