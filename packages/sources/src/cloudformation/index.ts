/**
 * AWS CloudFormation custom resources: the source a function mounts
 * (`cloudformation`), its answer builders and the PUT to `ResponseURL`, its
 * schemas and types, and `cloudformationReference` (schema, sample request,
 * docs) for tools, tests and `validateEvent`. Each lives in its own module,
 * so a bundle that mounts `cloudformation` carries neither schemas nor docs.
 *
 * @module
 */
export { isCloudformationEvent } from './detect.js';
export {
  type CloudformationPutOptions,
  CloudformationResponseError,
  putCloudformationResponse,
} from './put-response.js';
export { cloudformationReference } from './reference.js';
export {
  type CloudformationRequestIds,
  cloudformationCreateFailedMarker,
  cloudformationPhysicalResourceId,
  cloudformationResponseBodyLimit,
  toCloudformationFailure,
  toCloudformationPayload,
  toCloudformationReason,
  toCloudformationSuccess,
} from './respond.js';
export { sampleCloudformationEvent } from './sample.js';
export * from './schema.js';
export { settleCloudformation } from './settle.js';
export { type CloudformationVariantTypes, cloudformation } from './source.js';
