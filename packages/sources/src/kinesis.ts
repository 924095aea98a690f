/**
 * Amazon Kinesis Data Streams: the source a function mounts (`kinesis`), its answer builder, its schemas and
 * types, and `kinesisReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `kinesis` carries neither schemas nor docs.
 *
 * @module
 */
export { kinesisReference } from './kinesis/reference.js';
export * from './kinesis/schema.js';
export * from './kinesis/source.js';
