/**
 * The `codepipeline` source (Lambda invoke actions of AWS CodePipeline), as
 * the subpath `@switchboard/sources/codepipeline`. Its parts live in `./codepipeline/`.
 *
 * @module
 */
export * from './codepipeline/index.js';
