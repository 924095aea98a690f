import { toVpcLatticeResult, type VpcLatticeEvent, vpcLattice } from '@switchboard/sources/vpc-lattice';
import { findHeader, parseCookies, toHeaders, toHeadersAll, toQueryAll, toRawBody } from '../internal/message-parts.js';
import { toMethod } from '../internal/routable-method.js';
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
  method: (event) => toMethod(event.method),
  path: (event) => (isV2(event) ? event.path : (event.raw_path.split('?')[0] ?? '/')),
  rawBody: (event) =>
    isV2(event) ? toRawBody(event.body, event.isBase64Encoded) : toRawBody(event.body, event.is_base64_encoded),
  headers: (event) => (isV2(event) ? toHeaders(undefined, event.headers) : toHeaders(event.headers, undefined)),
  header: (event, name) =>
    isV2(event) ? findHeader(undefined, event.headers, name) : findHeader(event.headers, undefined, name),
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
  // Rare enough behind Lattice to leave every answer to its writer.
  toPlainResult: () => undefined,
};
