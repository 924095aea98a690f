import { defineSource, type Source } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import { sampleCodepipelineEvent } from './sample.js';
import { type CodepipelineEvent, type CodepipelineResult, codepipelineEventSchema } from './schema.js';
import { defaultCodepipelineClient, settleCodepipelineJob } from './settle.js';

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

/** The `codepipeline` source's type: handlers get the job and return its success fields (or nothing). */
export type CodepipelineSource = Source<'codepipeline', CodepipelineEvent, CodepipelineResult | undefined>;

function makeCodepipeline(client: () => Promise<AwsSdkClient>): CodepipelineSource {
  return defineSource<'codepipeline', typeof codepipelineEventSchema, undefined, CodepipelineResult | undefined>({
    id: 'codepipeline',
    invocation: 'async',
    // Only CodePipeline's job events have the top-level key "CodePipeline.job" (a dot in a key is
    // unusual enough that no other caller sends it); EventBridge's CodePipeline state changes put
    // their data under `detail`. https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
    detect: (event) => isObject(event) && isObject(event['CodePipeline.job']),
    schema: codepipelineEventSchema,
    settle: settleCodepipelineJob(client),
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
}

/**
 * AWS CodePipeline: a Lambda invoke action's job. The handler's result is
 * reported with PutJobSuccessResult, a thrown error with PutJobFailureResult,
 * through a CodePipeline client made on first use.
 *
 * @example
 * router().on(codepipeline, async (event) => ({ outputVariables: { version: await release(event) } }))
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export const codepipeline: CodepipelineSource = makeCodepipeline(defaultCodepipelineClient);

/**
 * The `codepipeline` source, answering through your own client (a region,
 * retries, an endpoint or credentials of your choosing). Mount it instead
 * of `codepipeline`.
 *
 * @example
 * const pipelineJob = codepipelineWithClient(new CodePipelineClient({ maxAttempts: 5 }))
 * router().on(pipelineJob, async () => ({ executionDetails: { summary: 'deployed' } }))
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/codepipeline/
 */
export function codepipelineWithClient(client: AwsSdkClient): CodepipelineSource {
  return makeCodepipeline(() => Promise.resolve(client));
}
