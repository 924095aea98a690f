/**
 * The `apigw-rest-request-authorizer` source (REST and WebSocket REQUEST
 * authorizers): the runtime source, the policy builders, its schemas and
 * types, sample events, and `apigwRestRequestAuthorizerReference` (schemas,
 * sample event, docs). Each lives in its own module, so a bundle that mounts
 * `apigwRestRequestAuthorizer` carries neither schemas nor docs.
 *
 * @module
 */
export * from '../internal/authorizer-api.js';
export { apigwRestRequestAuthorizerReference } from './reference.js';
export {
  sampleApigwRestRequestAuthorizerEvent,
  sampleApigwRestRequestAuthorizerWebsocketEvent,
} from './sample.js';
export * from './schema.js';
export * from './source.js';
