/**
 * AWS IoT Core topic rules: `iotRule(...)` builds the source of one rule
 * (a user-defined source, with its schema); `iot` is the built-in runtime
 * source, which claims nothing, and `iotReference` its docs for tools.
 *
 * @module
 */
export { iotReference } from './iot/reference.js';
export * from './iot/rule.js';
export * from './iot/schema.js';
export * from './iot/source.js';
