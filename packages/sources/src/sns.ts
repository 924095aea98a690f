/**
 * Amazon SNS: the source a function mounts (`sns`), its schemas and
 * types, and `snsReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `sns` carries neither schemas nor docs.
 *
 * @module
 */
export { snsReference } from './sns/reference.js';
export * from './sns/schema.js';
export * from './sns/source.js';
