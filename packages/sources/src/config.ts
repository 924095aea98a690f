/**
 * The `config` source (custom Lambda rules of AWS Config), as the subpath
 * `@switchboard/sources/config`. Its parts live in `./config/`.
 *
 * @module
 */
export * from './config/index.js';
