/**
 * AWS Config custom Lambda rules: the source a function mounts (`config`, or
 * `configWithClient(client)`) and its evaluation builder, the decoders of
 * its JSON strings (the invoking event's checks a schema, so it is a module
 * of its own), its schemas and types, and `configReference` (schema, sample
 * event, docs) for tools, tests and `validateEvent`. A bundle that mounts
 * `config` alone carries neither schemas nor docs.
 *
 * @module
 */

export { decodeConfigInvokingEvent } from './decode.js';
export {
  type ConfigCompliance,
  type ConfigComplianceType,
  type ConfigEvaluation,
  type ConfigResult,
  toConfigEvaluation,
} from './evaluations.js';
export { type ConfigVariant, configVariantsByMessageType, decodeConfigRuleParameters } from './invoking-event.js';
export { configReference } from './reference.js';
export {
  type ConfigConfigurationItem,
  type ConfigEvent,
  type ConfigInvokingEvent,
  type ConfigItemChangeNotification,
  type ConfigOversizedItemChangeNotification,
  type ConfigScheduledNotification,
  type ConfigSnapshotDeliveredNotification,
  configConfigurationItemSchema,
  configEventSchema,
  configItemChangeSchema,
  configOversizedItemChangeSchema,
  configScheduledSchema,
  configSnapshotDeliveredSchema,
} from './schema.js';
export { configTestModeToken } from './settle.js';
export { type ConfigSource, config, configWithClient } from './source.js';
