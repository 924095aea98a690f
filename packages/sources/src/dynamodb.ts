/**
 * Amazon DynamoDB Streams: the source a function mounts (`dynamodb`), its answer builder, its schemas and
 * types, and `dynamodbReference` (schemas, sample event, docs) for tools, tests
 * and `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `dynamodb` carries neither schemas nor docs.
 *
 * @module
 */
export { dynamodbReference } from './dynamodb/reference.js';
export * from './dynamodb/schema.js';
export * from './dynamodb/source.js';
