/**
 * Amazon SQS: the source a function mounts (`sqs`), its answer builder, its
 * schemas and types, and `sqsReference` (schemas, sample event, docs) for
 * tools, tests and `validateEvent`. Each lives in its own module, so a
 * bundle that mounts `sqs` carries neither schemas nor docs.
 *
 * @module
 */
export { sqsReference } from './sqs/reference.js';
export * from './sqs/schema.js';
export * from './sqs/source.js';
