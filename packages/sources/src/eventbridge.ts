/**
 * Amazon EventBridge: the source a function mounts (`eventbridge`), its variant table, its schemas and
 * types, and `eventbridgeReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `eventbridge` carries neither schemas nor docs.
 *
 * @module
 */

export * from './eventbridge/detail-types.js';
export { eventbridgeReference } from './eventbridge/reference.js';
export * from './eventbridge/schema.js';
export * from './eventbridge/source.js';
