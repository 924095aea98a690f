/**
 * Amazon DocumentDB change streams: the source a function mounts (`documentdb`), its schemas
 * and types, and `documentdbReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `documentdb` carries neither schemas nor docs.
 *
 * @module
 */
export { documentdbReference } from './documentdb/reference.js';
export * from './documentdb/schema.js';
export * from './documentdb/source.js';
