/**
 * Amazon MQ for RabbitMQ: the source a function mounts (`mqRabbitmq`), its decoders, its schemas
 * and types, and `mqRabbitmqReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `mqRabbitmq` carries neither schemas nor docs.
 *
 * @module
 */
export { mqRabbitmqReference } from './mq-rabbitmq/reference.js';
export * from './mq-rabbitmq/schema.js';
export * from './mq-rabbitmq/source.js';
