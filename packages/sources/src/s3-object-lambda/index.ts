/**
 * Amazon S3 Object Lambda: the source a function mounts (`s3ObjectLambda`,
 * or `s3ObjectLambdaWithClient(client)`) and its helpers, its schemas and
 * types, and `s3ObjectLambdaReference` (schemas, sample event, docs) for
 * tools, tests and `validateEvent`. Each lives in its own module, so a
 * bundle that mounts `s3ObjectLambda` carries neither schemas nor docs.
 *
 * @module
 */

export { fetchS3ObjectLambdaInput, toS3ObjectLambdaHeadResult, toS3ObjectLambdaListResult } from './input.js';
export { s3ObjectLambdaReference } from './reference.js';
export {
  type S3ObjectLambdaBody,
  S3ObjectLambdaError,
  type S3ObjectLambdaGetObjectResult,
  type S3ObjectLambdaObject,
  type S3ObjectLambdaObjectHeaders,
} from './results.js';
export * from './schema.js';
export {
  type S3ObjectLambdaResult,
  type S3ObjectLambdaSource,
  type S3ObjectLambdaVariant,
  type S3ObjectLambdaVariantTypes,
  s3ObjectLambda,
  s3ObjectLambdaWithClient,
} from './source.js';
