/**
 * The `alexa-smart-home` source (Smart Home Skill API v3 and legacy v2), as
 * the subpath `@switchboard/sources/alexa-smart-home`. Its parts live in `./alexa-smart-home/`.
 *
 * @module
 */
export * from './alexa-smart-home/index.js';
