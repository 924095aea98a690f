/**
 * AWS CodePipeline Lambda invoke actions: the source a function mounts
 * (`codepipeline`, or `codepipelineWithClient(client)`), its schema and
 * types, and `codepipelineReference` (schema, sample job, docs) for tools,
 * tests and `validateEvent`. Each lives in its own module, so a bundle that
 * mounts `codepipeline` carries neither schemas nor docs.
 *
 * @module
 */
export { codepipelineReference } from './reference.js';
export {
  type CodepipelineCurrentRevision,
  type CodepipelineEvent,
  type CodepipelineExecutionDetails,
  type CodepipelineFailureType,
  type CodepipelineJob,
  type CodepipelineResult,
  codepipelineEventSchema,
} from './schema.js';
export { CodepipelineJobError } from './settle.js';
export { type CodepipelineSource, codepipeline, codepipelineWithClient } from './source.js';
