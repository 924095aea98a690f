/**
 * The `alexa-skill` source (Alexa Skills Kit custom skills), as the subpath
 * `@switchboard/sources/alexa-skill`. Its parts live in `./alexa-skill/`.
 *
 * @module
 */
export * from './alexa-skill/index.js';
