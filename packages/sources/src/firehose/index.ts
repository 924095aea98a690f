/**
 * Amazon Data Firehose data transformation: the source a function mounts
 * (`firehose`) and its answer builders, its schemas and types, and
 * `firehoseReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `firehose` carries neither schemas nor docs.
 *
 * @module
 */
export { firehoseReference } from './reference.js';
export {
  type FirehoseData,
  firehoseRecordJson,
  firehoseRecordText,
  toFirehoseRecord,
  toFirehoseResponse,
} from './respond.js';
export * from './schema.js';
export { firehose } from './source.js';
