/**
 * Amazon Bedrock Agents action groups: the source a function mounts
 * (`bedrockAgent`), its answer builders, its schemas and types, and
 * `bedrockAgentReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `bedrockAgent` carries neither schemas nor docs.
 *
 * @module
 */
export { bedrockAgentReference } from './bedrock-agent/reference.js';
export * from './bedrock-agent/schema.js';
export * from './bedrock-agent/source.js';
