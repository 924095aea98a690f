/**
 * Self-managed Apache Kafka: the source a function mounts (`kafka`), its record helpers, its schemas
 * and types, and `kafkaReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `kafka` carries neither schemas nor docs.
 *
 * @module
 */
export { kafkaReference } from './kafka/reference.js';
export * from './kafka/schema.js';
export * from './kafka/source.js';
