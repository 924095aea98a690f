/**
 * AWS CodeCommit: the source a function mounts (`codecommit`), its schemas
 * and types, and `codecommitReference` (schemas, sample event, docs) for
 * tools, tests and `validateEvent`. Each lives in its own module, so a
 * bundle that mounts `codecommit` carries neither schemas nor docs.
 *
 * @module
 */
export { codecommitReference } from './codecommit/reference.js';
export * from './codecommit/schema.js';
export * from './codecommit/source.js';
