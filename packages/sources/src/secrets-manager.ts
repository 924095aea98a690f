/**
 * AWS Secrets Manager rotation: the source a function mounts (`secretsManager`), its rotation steps, its schemas and
 * types, and `secretsManagerReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `secretsManager` carries neither schemas nor docs.
 *
 * @module
 */
export { secretsManagerReference } from './secrets-manager/reference.js';
export * from './secrets-manager/schema.js';
export * from './secrets-manager/source.js';
