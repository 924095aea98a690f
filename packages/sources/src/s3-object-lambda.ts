/**
 * The `s3-object-lambda` source (Amazon S3 Object Lambda access points), as
 * the subpath `@switchboard/sources/s3-object-lambda`. Its parts live in `./s3-object-lambda/`.
 *
 * @module
 */
export * from './s3-object-lambda/index.js';
