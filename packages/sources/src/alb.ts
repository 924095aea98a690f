/**
 * Elastic Load Balancing (Application Load Balancer targets): the source a
 * function mounts (`alb`), its answer builder, its schemas and types, and
 * `albReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts `alb`
 * carries neither schemas nor docs.
 *
 * @module
 */
export { albReference } from './alb/reference.js';
export * from './alb/schema.js';
export * from './alb/source.js';
