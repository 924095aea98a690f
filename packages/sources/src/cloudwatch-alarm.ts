/**
 * Amazon CloudWatch alarm actions: the source a function mounts (`cloudwatchAlarm`), its schemas
 * and types, and `cloudwatchAlarmReference` (schemas, sample event, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `cloudwatchAlarm` carries neither schemas nor docs.
 *
 * @module
 */
export { cloudwatchAlarmReference } from './cloudwatch-alarm/reference.js';
export * from './cloudwatch-alarm/schema.js';
export * from './cloudwatch-alarm/source.js';
