/**
 * The `alexa-smart-home` source (Smart Home Skill API v3 and legacy v2), as
 * the subpath `@switchboard/sources/alexa-smart-home`. Its parts live in `./alexa-smart-home/`;
 * `alexaSmartHomeReference` (schemas, sample event, docs) is apart from the runtime
 * source, so a bundle that mounts `alexaSmartHome` carries neither schemas nor docs.
 *
 * @module
 */
export * from './alexa-smart-home/index.js';
