/**
 * Amazon CloudWatch Logs subscription filters: the source a function mounts
 * (`cloudwatchLogs`) and its encoder, the decoder of its log data (which
 * checks a schema, so it is a module of its own), its schemas and types, and
 * `cloudwatchLogsReference` (schema, sample event, docs) for tools, tests and
 * `validateEvent`. A bundle that mounts `cloudwatchLogs` alone carries
 * neither schemas nor docs.
 *
 * @module
 */
export { decodeCloudwatchLogs } from './cloudwatch-logs/decode.js';
export { cloudwatchLogsReference } from './cloudwatch-logs/reference.js';
export * from './cloudwatch-logs/schema.js';
export * from './cloudwatch-logs/source.js';
