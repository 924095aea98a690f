/**
 * The `lex-v2` source (Amazon Lex V2 code hooks), as the subpath
 * `@switchboard/sources/lex-v2`. Its parts live in `./lex-v2/`;
 * `lexV2Reference` (schemas, sample event, docs) is apart from the runtime
 * source, so a bundle that mounts `lexV2` carries neither schemas nor docs.
 *
 * @module
 */
export * from './lex-v2/index.js';
