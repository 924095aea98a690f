import { type VpcLatticeEvent, vpcLatticeReference } from '@switchboard/sources';
import { lastValues, type NormalRequest, withCookieHeader } from './request-spec.js';

/**
 * A VPC Lattice event: structure version 2 (lists of values, `requestContext`)
 * or version 1 (snake-case keys, one value each).
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
export function toVpcLatticeEvent(request: NormalRequest, version: 1 | 2): VpcLatticeEvent {
  const headers = withCookieHeader(request);
  if (version === 1) {
    return {
      raw_path: request.path,
      method: request.method,
      headers: lastValues(headers),
      query_string_parameters: lastValues(request.query),
      ...(request.body !== null && { body: request.body }),
      is_base64_encoded: request.isBase64Encoded,
    };
  }
  const sample = vpcLatticeReference.sample();
  const lists = (map: Readonly<Record<string, readonly string[]>>) =>
    Object.fromEntries(Object.entries(map).map(([key, values]) => [key, [...values]]));
  return {
    ...sample,
    version: '2.0',
    method: request.method,
    path: request.path,
    headers: lists(headers),
    queryStringParameters: lists(request.query),
    body: request.body,
    isBase64Encoded: request.isBase64Encoded,
  } as VpcLatticeEvent;
}
