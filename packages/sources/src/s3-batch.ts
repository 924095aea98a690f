/**
 * Amazon S3 Batch Operations: the source a function mounts (`s3Batch`), its answer builders, its schemas
 * and types, and `s3BatchReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `s3Batch` carries neither schemas nor docs.
 *
 * @module
 */
export { s3BatchReference } from './s3-batch/reference.js';
export * from './s3-batch/schema.js';
export * from './s3-batch/source.js';
