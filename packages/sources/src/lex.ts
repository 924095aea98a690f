/**
 * The `lex` source (Amazon Lex V1 code hooks), as the subpath
 * `@switchboard/sources/lex`. Its parts live in `./lex/`;
 * `lexReference` (schemas, sample event, docs) is apart from the runtime
 * source, so a bundle that mounts `lex` carries neither schemas nor docs.
 *
 * @module
 */
export * from './lex/index.js';
