/**
 * Amazon CloudFront Lambda@Edge: the source a function mounts (`cloudfront`)
 * and its answer builders, its schemas and types, and `cloudfrontReference`
 * (schemas, sample event, docs) for tools, tests and `validateEvent`. Each
 * lives in its own module, so a bundle that mounts `cloudfront` carries
 * neither schemas nor docs.
 *
 * @module
 */
export { cloudfrontVariantOf } from './detect.js';
export { cloudfrontReference } from './reference.js';
export {
  type CloudFrontRequestChanges,
  toCloudFrontHeaders,
  toCloudFrontRequest,
  toCloudFrontResponse,
} from './respond.js';
export * from './schema.js';
export { type CloudFrontVariantTypes, cloudfront } from './source.js';
