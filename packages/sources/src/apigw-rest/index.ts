/**
 * The `apigw-rest` source (API Gateway REST APIs and payload format 1.0):
 * the runtime source, its answer builder, its schemas and types, and
 * `apigwRestReference` (schemas, sample event, docs). Each lives in its own
 * module, so a bundle that mounts `apigwRest` carries neither schemas nor docs.
 *
 * @module
 */
export { apigwRestReference } from './reference.js';
export { toApigwRestResult } from './respond.js';
export { type ApigwRestEvent, type ApigwRestResult, apigwRestEventSchema, apigwRestResponseSchema } from './schema.js';
export { apigwRest } from './source.js';
