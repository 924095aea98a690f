/**
 * Amazon Connect: the source a function mounts (`connect`), its answer builder, its schemas and
 * types, and `connectReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `connect` carries neither schemas nor docs.
 *
 * @module
 */
export { connectReference } from './connect/reference.js';
export * from './connect/schema.js';
export * from './connect/source.js';
