import { events, type HttpRequestSpec } from '@switchboard/testing';

/**
 * One request, built as each HTTP caller's event by the same builders users
 * test with (`events.http` of @switchboard/testing).
 */
export type RequestSpec = Omit<HttpRequestSpec, 'multiValue' | 'version'>;

export const restEvent = (spec: RequestSpec) => events.http({ ...spec, dialect: 'apigw-rest' });
export const httpApiEvent = (spec: RequestSpec) => events.http({ ...spec, dialect: 'apigw-http' });
export const functionUrlEvent = (spec: RequestSpec) => events.http({ ...spec, dialect: 'function-url' });
export const albEvent = (spec: RequestSpec, multiValue: boolean) =>
  events.http({ ...spec, dialect: 'alb', multiValue });
export const latticeEvent = (spec: RequestSpec, version: 1 | 2) =>
  events.http({ ...spec, dialect: 'vpc-lattice', version });
