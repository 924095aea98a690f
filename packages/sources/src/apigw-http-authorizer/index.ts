/**
 * The `apigw-http-authorizer` source (HTTP API Lambda authorizers, payload
 * formats 1.0 and 2.0): the runtime source, the policy and simple-response
 * builders, its schemas and types, sample events, and
 * `apigwHttpAuthorizerReference` (schemas, sample event, docs). Each lives in
 * its own module, so a bundle that mounts `apigwHttpAuthorizer` carries
 * neither schemas nor docs.
 *
 * @module
 */
export * from '../internal/authorizer-api.js';
export { apigwHttpAuthorizerReference } from './reference.js';
export { sampleApigwHttpAuthorizerV1Event, sampleApigwHttpAuthorizerV2Event } from './sample.js';
export * from './schema.js';
export * from './source.js';
