/**
 * Amazon MQ for ActiveMQ: the source a function mounts (`mqActivemq`), its data decoder, its schemas
 * and types, and `mqActivemqReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `mqActivemq` carries neither schemas nor docs.
 *
 * @module
 */
export { mqActivemqReference } from './mq-activemq/reference.js';
export * from './mq-activemq/schema.js';
export * from './mq-activemq/source.js';
