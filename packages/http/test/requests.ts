import { alb } from '@switchboard/sources/alb';
import { apigwHttp } from '@switchboard/sources/apigw-http';
import { apigwRest } from '@switchboard/sources/apigw-rest';
import { functionUrl } from '@switchboard/sources/function-url';
import { vpcLattice } from '@switchboard/sources/vpc-lattice';

/** A request to build in every dialect, for the dialect matrix. */
export interface RequestSpec {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, readonly string[]>>;
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  readonly cookies?: readonly string[];
  readonly body?: string | Uint8Array;
}

const encodeBody = (body: RequestSpec['body']) =>
  body === undefined
    ? { body: null, isBase64Encoded: false }
    : typeof body === 'string'
      ? { body, isBase64Encoded: false }
      : { body: Buffer.from(body).toString('base64'), isBase64Encoded: true };

const firstOf = (map: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(map).map(([key, values]) => [key, values.at(-1) ?? '']));

const rawQuery = (query: Readonly<Record<string, readonly string[]>>, encode: (part: string) => string) =>
  Object.entries(query)
    .flatMap(([key, values]) => values.map((value) => `${encode(key)}=${encode(value)}`))
    .join('&');

function withCookieHeader(spec: RequestSpec): Record<string, readonly string[]> {
  const headers = { ...spec.headers };
  if (spec.cookies?.length) headers.cookie = [spec.cookies.join('; ')];
  return headers;
}

export function restEvent(spec: RequestSpec): unknown {
  const sample = apigwRest.sample();
  const headers = withCookieHeader(spec);
  const query = spec.query ?? {};
  return {
    ...sample,
    httpMethod: spec.method,
    path: spec.path,
    resource: '/{proxy+}',
    headers: firstOf(headers),
    multiValueHeaders: headers,
    queryStringParameters: Object.keys(query).length ? firstOf(query) : null,
    multiValueQueryStringParameters: Object.keys(query).length ? query : null,
    ...encodeBody(spec.body),
  };
}

function payloadV2Event(sample: ReturnType<typeof apigwHttp.sample>, spec: RequestSpec): unknown {
  const query = spec.query ?? {};
  const headers = Object.fromEntries(
    Object.entries(spec.headers ?? {}).map(([name, values]) => [name, values.join(',')]),
  );
  const { body, isBase64Encoded } = encodeBody(spec.body);
  return {
    ...sample,
    rawPath: spec.path,
    rawQueryString: rawQuery(query, encodeURIComponent),
    headers,
    ...(spec.cookies?.length ? { cookies: [...spec.cookies] } : { cookies: undefined }),
    requestContext: {
      ...sample.requestContext,
      http: { ...sample.requestContext.http, method: spec.method, path: spec.path },
    },
    ...(body === null ? { body: undefined } : { body }),
    isBase64Encoded,
  };
}

export const httpApiEvent = (spec: RequestSpec) => payloadV2Event(apigwHttp.sample(), spec);
export const functionUrlEvent = (spec: RequestSpec) => payloadV2Event(functionUrl.sample(), spec);

/** ALB passes query keys and values URL-encoded; multi-value iff the target group says so. */
export function albEvent(spec: RequestSpec, multiValue: boolean): unknown {
  const {
    multiValueHeaders: _h,
    multiValueQueryStringParameters: _q,
    headers: _s,
    queryStringParameters: _p,
    ...sample
  } = alb.sample() as Record<string, unknown>;
  const headers = withCookieHeader(spec);
  const query = Object.fromEntries(
    Object.entries(spec.query ?? {}).map(([key, values]) => [encodeURIComponent(key), values.map(encodeURIComponent)]),
  );
  const { body, isBase64Encoded } = encodeBody(spec.body);
  return {
    ...sample,
    httpMethod: spec.method,
    path: spec.path,
    ...(multiValue
      ? { multiValueHeaders: headers, multiValueQueryStringParameters: query }
      : { headers: firstOf(headers), queryStringParameters: firstOf(query) }),
    body: body ?? '',
    isBase64Encoded,
  };
}

/** VPC Lattice, version 1 (one value per header and query key) or 2 (lists). */
export function latticeEvent(spec: RequestSpec, version: 1 | 2): unknown {
  const headers = withCookieHeader(spec);
  const query = spec.query ?? {};
  const { body, isBase64Encoded } = encodeBody(spec.body);
  if (version === 2) {
    const sample = vpcLattice.sample() as Record<string, unknown>;
    return {
      ...sample,
      version: '2.0',
      method: spec.method,
      path: spec.path,
      headers: Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, [...values]])),
      queryStringParameters: Object.fromEntries(Object.entries(query).map(([key, values]) => [key, [...values]])),
      body,
      isBase64Encoded,
    };
  }
  return {
    raw_path: spec.path,
    method: spec.method,
    headers: firstOf(headers),
    query_string_parameters: firstOf(query),
    ...(body !== null && { body }),
    is_base64_encoded: isBase64Encoded,
  };
}
