/**
 * Amazon API Gateway REST API TOKEN authorizers: the source a function mounts
 * (`apigwRestTokenAuthorizer`), the policy builders, its schemas and types, and
 * `apigwRestTokenAuthorizerReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `apigwRestTokenAuthorizer` carries neither schemas nor docs.
 *
 * @module
 */

export { apigwRestTokenAuthorizerReference } from './apigw-rest-token-authorizer/reference.js';
export * from './apigw-rest-token-authorizer/schema.js';
export * from './apigw-rest-token-authorizer/source.js';
export * from './internal/authorizer-api.js';
