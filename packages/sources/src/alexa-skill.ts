/**
 * The `alexa-skill` source (Alexa Skills Kit custom skills), as the subpath
 * `@switchboard/sources/alexa-skill`. Its parts live in `./alexa-skill/`;
 * `alexaSkillReference` (schemas, sample event, docs) is apart from the runtime
 * source, so a bundle that mounts `alexaSkill` carries neither schemas nor docs.
 *
 * @module
 */
export * from './alexa-skill/index.js';
