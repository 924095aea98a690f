import { toVpcLatticeResult, type VpcLatticeEvent, vpcLattice } from '@switchboard/sources/vpc-lattice';
import { parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import type { Dialect } from './dialect.js';

type LatticeV2 = Extract<VpcLatticeEvent, { version: '2.0' }>;
const isV2 = (event: VpcLatticeEvent): event is LatticeV2 => 'version' in event && event.version === '2.0';

/**
 * Amazon VPC Lattice, both event structures: version 1 (snake-case keys, one
 * value per header and query key) and version 2 (every value a list).
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export const vpcLatticeDialect: Dialect<VpcLatticeEvent> = {
  id: 'vpc-lattice',
  source: vpcLattice,
  toRequest: (event) =>
    isV2(event)
      ? {
          method: event.method.toUpperCase(),
          path: event.path,
          headers: toHeaders(undefined, event.headers),
          rawBody: toRawBody(event.body, event.isBase64Encoded),
        }
      : {
          method: event.method.toUpperCase(),
          path: event.raw_path.split('?')[0] ?? '/',
          headers: toHeaders(event.headers, undefined),
          rawBody: toRawBody(event.body, event.is_base64_encoded),
        },
  queryAll: (event) =>
    isV2(event)
      ? toQueryAll(undefined, event.queryStringParameters)
      : toQueryAll(event.query_string_parameters, undefined),
  headersAll: (event) =>
    isV2(event) ? toHeadersAll(undefined, event.headers) : toHeadersAll(event.headers, undefined),
  cookies: (event) => {
    if (isV2(event)) return parseCookies(event.headers.cookie);
    const { cookie } = event.headers;
    return parseCookies(cookie === undefined ? undefined : [cookie]);
  },
  toResult: (response) => toVpcLatticeResult(response),
};
