import { type AlbEvent, albReference } from '@switchboard/sources';
import { lastValues, type NormalRequest, withCookieHeader } from './request-spec.js';

/**
 * An ALB target group event. The load balancer passes query keys and values
 * URL-encoded as the client sent them, `''` for no body, and either the
 * single- or the multi-value maps, as the target group is configured.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#receive-event-from-load-balancer
 */
export function toAlbEvent(request: NormalRequest, multiValue: boolean): AlbEvent {
  const {
    headers: _h,
    queryStringParameters: _q,
    multiValueHeaders: _mh,
    multiValueQueryStringParameters: _mq,
    ...sample
  } = albReference.sample();
  const headers = withCookieHeader(request);
  const query = Object.fromEntries(
    Object.entries(request.query).map(([key, values]) => [encodeURIComponent(key), values.map(encodeURIComponent)]),
  );
  return {
    ...sample,
    httpMethod: request.method,
    path: request.path,
    ...(multiValue
      ? { multiValueHeaders: copy(headers), multiValueQueryStringParameters: query }
      : { headers: lastValues(headers), queryStringParameters: lastValues(query) }),
    body: request.body ?? '',
    isBase64Encoded: request.isBase64Encoded,
  };
}

const copy = (map: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(map).map(([key, values]) => [key, [...values]]));
