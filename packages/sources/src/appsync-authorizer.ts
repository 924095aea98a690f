/**
 * AWS AppSync Lambda authorizers: the source a function mounts
 * (`appsyncAuthorizer`), its answer builder, its schemas and types, and
 * `appsyncAuthorizerReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `appsyncAuthorizer` carries neither schemas nor docs.
 *
 * @module
 */
export { appsyncAuthorizerReference } from './appsync-authorizer/reference.js';
export * from './appsync-authorizer/schema.js';
export * from './appsync-authorizer/source.js';
