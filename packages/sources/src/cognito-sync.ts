/**
 * Amazon Cognito Sync: the source a function mounts (`cognitoSync`), its answer builders, its schemas and
 * types, and `cognitoSyncReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `cognitoSync` carries neither schemas nor docs.
 *
 * @module
 */
export { cognitoSyncReference } from './cognito-sync/reference.js';
export * from './cognito-sync/schema.js';
export * from './cognito-sync/source.js';
