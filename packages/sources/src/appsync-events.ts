/**
 * AWS AppSync Events: the source a function mounts (`appsyncEvents`), its
 * answer builders, its schemas and types, and `appsyncEventsReference`
 * (schemas, sample event, docs) for tools, tests and `validateEvent`. Each
 * lives in its own module, so a bundle that mounts `appsyncEvents` carries
 * neither schemas nor docs.
 *
 * @module
 */
export { appsyncEventsReference } from './appsync-events/reference.js';
export * from './appsync-events/schema.js';
export * from './appsync-events/source.js';
