/**
 * AWS AppSync direct Lambda resolvers: the source a function mounts
 * (`appsyncResolver`), its answer builders, its schemas and types, and
 * `appsyncResolverReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `appsyncResolver` carries neither schemas nor docs.
 *
 * @module
 */
export { appsyncResolverReference } from './appsync-resolver/reference.js';
export * from './appsync-resolver/schema.js';
export * from './appsync-resolver/source.js';
