// Type tests (checked by `npm run typecheck`) for the sources whose answer is an AWS API call:
// handler return types, wrong answers refused, @types/aws-lambda handlers mounting without a cast.
import { type ResultOf, router } from '@switchboard/core';
import { type CodepipelineResult, codepipeline } from '@switchboard/sources/codepipeline';
import {
  type ConfigEvent,
  type ConfigResult,
  config,
  decodeConfigInvokingEvent,
  toConfigEvaluation,
} from '@switchboard/sources/config';
import {
  fetchS3ObjectLambdaInput,
  type S3ObjectLambdaGetObjectResult,
  type S3ObjectLambdaHeadObjectResult,
  type S3ObjectLambdaResult,
  s3ObjectLambda,
  toS3ObjectLambdaHeadResult,
} from '@switchboard/sources/s3-object-lambda';
import type { CodePipelineHandler } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

// codepipeline: handlers return the success fields, or nothing.
expectTypeOf<ResultOf<typeof codepipeline>>().toEqualTypeOf<CodepipelineResult | undefined>();
router().on(codepipeline, async (event) => {
  expectTypeOf(event['CodePipeline.job'].data.continuationToken).toEqualTypeOf<string | undefined>();
  return { outputVariables: { version: '1.4.2' }, executionDetails: { summary: 'deployed', percentComplete: 100 } };
});
router().on(codepipeline, async () => ({ continuationToken: 'step-2' }));
router().on(codepipeline, async () => {});
// @ts-expect-error output variables are strings
router().on(codepipeline, async () => ({ outputVariables: { attempts: 3 } }));
// @ts-expect-error output variables are allowed only without a continuation token
router().on(codepipeline, async () => ({ continuationToken: 'step-2', outputVariables: { a: 'b' } }));
// @ts-expect-error a job's result is not a string
router().on(codepipeline, async () => 'done');

// @types/aws-lambda has CodePipelineHandler; it mounts without a cast.
declare const codePipelineHandler: CodePipelineHandler;
router().on(codepipeline, codePipelineHandler);

// config: evaluations, one evaluation, or the compliance of the event's resource. (No Config rule
// handler type exists in @types/aws-lambda: its index says `TODO: export * from "./trigger/config"`.)
expectTypeOf<ResultOf<typeof config>>().toEqualTypeOf<ConfigResult | undefined>();
router().on(config, async () => 'COMPLIANT' as const);
router().on(config, async () => ({ compliance: 'NON_COMPLIANT' as const, annotation: 'no tag' }));
router().on(config, async (event) => toConfigEvaluation(event, 'COMPLIANT'));
router().on(config, async (event) => [toConfigEvaluation(event, 'NOT_APPLICABLE')]);
router().on(config.variant('scheduled'), async () => 'INSUFFICIENT_DATA' as const);
// @ts-expect-error not a compliance type
router().on(config, async () => 'MOSTLY_COMPLIANT' as const);
const withoutTimestamp = {
  ComplianceResourceType: 'AWS::S3::Bucket',
  ComplianceResourceId: 'b',
  ComplianceType: 'COMPLIANT' as const,
};
// @ts-expect-error an evaluation needs its OrderingTimestamp
router().on(config, async () => [withoutTimestamp]);
// @ts-expect-error no such variant
config.variant('ConfigurationItemChangeNotification');
declare const configEvent: ConfigEvent;
const invoking = decodeConfigInvokingEvent(configEvent);
if (invoking.messageType === 'ScheduledNotification') expectTypeOf(invoking.awsAccountId).toEqualTypeOf<string>();
if (invoking.messageType === 'ConfigurationItemChangeNotification') {
  expectTypeOf(invoking.configurationItem.resourceId).toEqualTypeOf<string>();
}

// s3-object-lambda: each operation's handler gets its event and returns its answer.
expectTypeOf<ResultOf<typeof s3ObjectLambda>>().toEqualTypeOf<S3ObjectLambdaResult>();
router().on(s3ObjectLambda.variant('get-object'), async (event) => {
  expectTypeOf(event.getObjectContext.outputRoute).toEqualTypeOf<string>();
  const original = await fetchS3ObjectLambdaInput(event);
  return { body: (await original.text()).toUpperCase(), headers: { ContentType: 'text/plain' } };
});
router().on(s3ObjectLambda.variant('get-object'), async () => new Uint8Array([1, 2]));
router().on(s3ObjectLambda.variant('head-object'), async (event) =>
  toS3ObjectLambdaHeadResult(await fetchS3ObjectLambdaInput(event)),
);
router().on(s3ObjectLambda.variant('list-objects-v2'), async () => ({
  statusCode: 200,
  listBucketResult: { name: 'invoices', keyCount: 0, isTruncated: false },
}));
router().on(
  s3ObjectLambda,
  async (event): Promise<S3ObjectLambdaGetObjectResult | S3ObjectLambdaHeadObjectResult> =>
    'headObjectContext' in event ? { statusCode: 404, errorCode: 'NoSuchKey' } : 'body',
);
// @ts-expect-error a HeadObject answer needs its statusCode
router().on(s3ObjectLambda.variant('head-object'), async () => ({ headers: { 'Content-Length': 1 } }));
// @ts-expect-error a GetObject body is text, bytes or a stream, not a number
router().on(s3ObjectLambda.variant('get-object'), async () => 42);
// @ts-expect-error ContentLength is a number
router().on(s3ObjectLambda.variant('get-object'), async () => ({ body: 'x', headers: { ContentLength: '1' } }));
// @ts-expect-error a list answer's listResultXml is the XML text
router().on(s3ObjectLambda.variant('list-objects'), async () => ({ statusCode: 200, listResultXml: { name: 'x' } }));
router().on(s3ObjectLambda.variant('head-object'), async (event) => {
  // @ts-expect-error the head-object handler's event has no getObjectContext
  const route: string = event.getObjectContext.outputRoute;
  return { statusCode: 200, headers: { route } };
});
