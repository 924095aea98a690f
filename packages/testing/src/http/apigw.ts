import {
  type ApigwHttpEvent,
  type ApigwRestEvent,
  apigwHttpReference,
  apigwRestReference,
  type FunctionUrlEvent,
  functionUrlReference,
} from '@switchboard/sources';
import { lastValues, type NormalRequest, rawQuery, withCookieHeader } from './request-spec.js';

/**
 * A REST API (payload 1.0) proxy event on a `/{proxy+}` resource: single- and
 * multi-value maps, `null` for an absent query or body.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
export function toApigwRestEvent(request: NormalRequest): ApigwRestEvent {
  const sample = apigwRestReference.sample();
  const headers = withCookieHeader(request);
  const hasQuery = Object.keys(request.query).length > 0;
  const { stage } = sample.requestContext;
  return {
    ...sample,
    resource: '/{proxy+}',
    path: request.path,
    httpMethod: request.method,
    headers: lastValues(headers),
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, [...values]])),
    queryStringParameters: hasQuery ? lastValues(request.query) : null,
    multiValueQueryStringParameters: hasQuery
      ? Object.fromEntries(Object.entries(request.query).map(([key, values]) => [key, [...values]]))
      : null,
    pathParameters: { proxy: request.path.replace(/^\//, '') },
    requestContext: {
      ...sample.requestContext,
      httpMethod: request.method,
      path: `/${stage}${request.path}`,
      resourcePath: '/{proxy+}',
    },
    body: request.body,
    isBase64Encoded: request.isBase64Encoded,
  };
}

/**
 * A payload 2.0 event (HTTP API `$default` route, function URL): headers and
 * query values joined with commas, cookies in their own list, no key for an
 * absent body, query or cookie list.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
function toPayloadV2Event<Event extends ApigwHttpEvent>(sample: Event, request: NormalRequest): Event {
  const { cookies: _c, body: _b, queryStringParameters: _q, ...rest } = sample;
  const joined = (map: Readonly<Record<string, readonly string[]>>) =>
    Object.fromEntries(Object.entries(map).map(([key, values]) => [key, values.join(',')]));
  const query = joined(request.query);
  return {
    ...rest,
    routeKey: '$default',
    rawPath: request.path,
    rawQueryString: rawQuery(request.query, encodeURIComponent),
    headers: joined(request.headers),
    ...(request.cookies.length > 0 && { cookies: [...request.cookies] }),
    ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
    requestContext: {
      ...sample.requestContext,
      routeKey: '$default',
      http: { ...sample.requestContext.http, method: request.method, path: request.path },
    },
    ...(request.body !== null && { body: request.body }),
    isBase64Encoded: request.isBase64Encoded,
  } as Event;
}

/** An HTTP API event (payload format 2.0). */
export const toApigwHttpEvent = (request: NormalRequest): ApigwHttpEvent =>
  toPayloadV2Event(apigwHttpReference.sample(), request);

/** A function URL event: the payload 2.0 format, from the function URL's own sample. */
export const toFunctionUrlEvent = (request: NormalRequest): FunctionUrlEvent =>
  toPayloadV2Event(functionUrlReference.sample(), request);
