/**
 * Amazon WorkMail: the source a function mounts (`workmail`), its answer builders, its schemas and
 * types, and `workmailReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `workmail` carries neither schemas nor docs.
 *
 * @module
 */
export { workmailReference } from './workmail/reference.js';
export * from './workmail/schema.js';
export * from './workmail/source.js';
