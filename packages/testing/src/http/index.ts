import type { AlbEvent, ApigwHttpEvent, ApigwRestEvent, FunctionUrlEvent, VpcLatticeEvent } from '@switchboard/sources';
import { toAlbEvent } from './alb.js';
import { toApigwHttpEvent, toApigwRestEvent, toFunctionUrlEvent } from './apigw.js';
import { type HttpDialect, type HttpRequestSpec, normalizeRequest } from './request-spec.js';
import { toVpcLatticeEvent } from './vpc-lattice.js';

export type { FieldValues, HttpDialect, HttpRequestSpec } from './request-spec.js';

/** The event type of each HTTP dialect. */
export interface HttpEvents {
  readonly 'apigw-http': ApigwHttpEvent;
  readonly 'apigw-rest': ApigwRestEvent;
  readonly 'function-url': FunctionUrlEvent;
  readonly alb: AlbEvent;
  readonly 'vpc-lattice': VpcLatticeEvent;
}

/** What `events.http` takes: a request, and the dialect to send it in. */
export interface HttpEventSpec<Dialect extends HttpDialect = HttpDialect> extends HttpRequestSpec {
  readonly dialect: Dialect;
}

/**
 * The event `dialect`'s AWS caller sends for an HTTP request: one request,
 * built in any dialect, detected as that dialect's source.
 *
 * @example
 * events.http({ dialect: 'alb', method: 'POST', path: '/orders', json: { sku: 'B07XJ8C8F5' } })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export function httpEvent<Dialect extends HttpDialect>(spec: HttpEventSpec<Dialect>): HttpEvents[Dialect] {
  const request = normalizeRequest(spec);
  const builders: { readonly [D in HttpDialect]: () => HttpEvents[D] } = {
    'apigw-http': () => toApigwHttpEvent(request),
    'apigw-rest': () => toApigwRestEvent(request),
    'function-url': () => toFunctionUrlEvent(request),
    alb: () => toAlbEvent(request, spec.multiValue ?? false),
    'vpc-lattice': () => toVpcLatticeEvent(request, spec.version ?? 2),
  };
  return builders[spec.dialect]();
}
