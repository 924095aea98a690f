import { describeSource } from '@switchboard/core';
import { sampleCodepipelineEvent } from './sample.js';
import { codepipelineEventSchema } from './schema.js';
import { codepipeline } from './source.js';

/**
 * `codepipeline` (the default instance, answering through a client made from
 * the environment) with its schema, sample job and docs: for tools, tests and
 * `validateEvent`. To validate with your own client, describe that instance:
 * `describeSource(codepipelineWithClient(client), codepipelineReference)`.
 */
export const codepipelineReference = describeSource(codepipeline, {
  schema: codepipelineEventSchema,
  sample: sampleCodepipelineEvent,
  docs: {
    service: 'AWS CodePipeline',
    summary:
      'A Lambda invoke action in a pipeline sends a job. The function must report its outcome to CodePipeline: the source calls PutJobSuccessResult with what the handler returns (a continuation token, execution details, output variables) and PutJobFailureResult when it throws. AWS SDK v3 (`@aws-sdk/client-codepipeline`) is an optional peer dependency, provided by the Lambda Node.js runtime.',
    detection: 'The event has a top-level `CodePipeline.job` object.',
    retries:
      'CodePipeline invokes the function asynchronously. A handler error is not retried: it is reported with PutJobFailureResult (type `JobFailed`, or the type of a thrown `CodepipelineJobError`) and the action fails; so is a handler still running `timeoutMarginMs` before the Lambda timeout. When the PutJob call itself fails, the invocation throws and Lambda retries it twice. A job with no answer times out after 20 minutes.',
    limits: [
      {
        name: 'Lambda invoke action timeout',
        value: 'no answer within 20 minutes fails the action; continuation tokens keep it running for up to 24 hours',
        link: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/limits.html',
      },
      {
        name: 'Failure message',
        value: '1 to 5,000 characters (longer messages are cut)',
        link: 'https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_FailureDetails.html',
      },
      {
        name: 'Output variables',
        value: 'only on the final answer, never with a continuation token',
        link: 'https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutJobSuccessResult.html',
      },
    ],
    links: [
      {
        title: 'Invoke an AWS Lambda function in a pipeline',
        url: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html',
      },
      {
        title: 'Using AWS Lambda with AWS CodePipeline',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-codepipeline.html',
      },
    ],
  },
});
