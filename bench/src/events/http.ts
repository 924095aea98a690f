import { type AlbEvent, albReference } from '@switchboard/sources/alb';
import { type ApigwHttpEvent, apigwHttpReference } from '@switchboard/sources/apigw-http';
import { type ApigwRestEvent, apigwRestReference } from '@switchboard/sources/apigw-rest';

/** The one request of every HTTP scenario, whatever the caller: POST /users/42 with a JSON body. */
const body = JSON.stringify({ name: 'Ada', email: 'ada@example.com' });

/** What every candidate must answer, in any dialect (compared through `httpAnswerView`). */
export const createdUser = {
  statusCode: 201,
  contentType: 'application/json',
  body: { id: '42', name: 'Ada', email: 'ada@example.com' },
};

/** API Gateway HTTP API, payload format 2.0. */
export function postUserApigwHttp(): ApigwHttpEvent {
  const sample = apigwHttpReference.sample();
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
    body,
    isBase64Encoded: false,
  };
}

/** API Gateway REST API, Lambda proxy integration (payload 1.0). */
export function postUserApigwRest(): ApigwRestEvent {
  const sample = apigwRestReference.sample();
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', Host: 'api.example.com' };
  return {
    ...sample,
    resource: '/users/{id}',
    path: '/users/42',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { id: '42' },
    requestContext: {
      ...sample.requestContext,
      resourcePath: '/users/{id}',
      httpMethod: 'POST',
      path: '/prod/users/42',
    },
    body,
    isBase64Encoded: false,
  };
}

/** Application Load Balancer target (single-value headers). */
export function postUserAlb(): AlbEvent {
  const sample = albReference.sample();
  return {
    requestContext: sample.requestContext,
    httpMethod: 'POST',
    path: '/users/42',
    headers: { accept: 'application/json', 'content-type': 'application/json', host: 'alb.example.com' },
    queryStringParameters: {},
    body,
    isBase64Encoded: false,
  };
}

/**
 * The part of an HTTP answer every candidate must agree on: status, media type
 * and the parsed JSON body. Peers differ harmlessly elsewhere (hono adds
 * `cookies: []`, ALB answers may carry `statusDescription`, some omit
 * `isBase64Encoded`), so answers are compared through this view.
 */
export function httpAnswerView(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return answer;
  const { statusCode, headers, multiValueHeaders, body: text } = answer as Record<string, unknown>;
  return { statusCode, contentType: headerValue(headers, multiValueHeaders, 'content-type'), body: parseJson(text) };
}

function headerValue(headers: unknown, multiValueHeaders: unknown, name: string): unknown {
  for (const [key, value] of Object.entries({ ...(multiValueHeaders as object), ...(headers as object) })) {
    if (key.toLowerCase() === name) return Array.isArray(value) && value.length === 1 ? value[0] : value;
  }
  return undefined;
}

function parseJson(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : text;
  } catch {
    return text;
  }
}
