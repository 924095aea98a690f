/**
 * The `lex-v2` source (Amazon Lex V2 code hooks), as the subpath
 * `@switchboard/sources/lex-v2`. Its parts live in `./lex-v2/`.
 *
 * @module
 */
export * from './lex-v2/index.js';
