/**
 * Amazon S3: the source a function mounts (`s3`), its key decoder, its schemas and
 * types, and `s3Reference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `s3` carries neither schemas nor docs.
 *
 * @module
 */
export { s3Reference } from './s3/reference.js';
export * from './s3/schema.js';
export * from './s3/source.js';
