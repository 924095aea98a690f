/**
 * AWS IoT Events: the source a function mounts (`iotEvents`), its schemas
 * and types, and `iotEventsReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `iotEvents` carries neither schemas nor docs.
 *
 * @module
 */
export { iotEventsReference } from './iot-events/reference.js';
export * from './iot-events/schema.js';
export * from './iot-events/source.js';
