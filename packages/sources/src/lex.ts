/**
 * The `lex` source (Amazon Lex V1 code hooks), as the subpath
 * `@switchboard/sources/lex`. Its parts live in `./lex/`.
 *
 * @module
 */
export * from './lex/index.js';
