/**
 * Amazon MSK: the source a function mounts (`msk`), its record helpers, its schemas
 * and types, and `mskReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `msk` carries neither schemas nor docs.
 *
 * @module
 */
export { mskReference } from './msk/reference.js';
export * from './msk/schema.js';
export * from './msk/source.js';
