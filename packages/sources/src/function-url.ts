/**
 * AWS Lambda function URLs: the source a function mounts (`functionUrl`),
 * its answer builder, its schemas and types, and `functionUrlReference`
 * (schemas, sample event, docs) for tools, tests and `validateEvent`. Each
 * lives in its own module, so a bundle that mounts `functionUrl` carries
 * neither schemas nor docs.
 *
 * @module
 */
export { functionUrlReference } from './function-url/reference.js';
export * from './function-url/schema.js';
export * from './function-url/source.js';
