/**
 * Amazon SES email receiving: the source a function mounts (`ses`), its answer builder, its schemas and
 * types, and `sesReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `ses` carries neither schemas nor docs.
 *
 * @module
 */
export { sesReference } from './ses/reference.js';
export * from './ses/schema.js';
export * from './ses/source.js';
