/**
 * Amazon API Gateway HTTP APIs (payload format 2.0): the source a function
 * mounts (`apigwHttp`), its answer builder, its schemas and types, and
 * `apigwHttpReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `apigwHttp` carries neither schemas nor docs.
 *
 * @module
 */
export { apigwHttpReference } from './apigw-http/reference.js';
export * from './apigw-http/schema.js';
export * from './apigw-http/source.js';
