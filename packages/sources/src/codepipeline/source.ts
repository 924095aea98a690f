import { runtimeSource, type Source, settling } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import type { CodepipelineEvent, CodepipelineResult } from './schema.js';
import { defaultCodepipelineClient, settleCodepipelineJob } from './settle.js';

/** The `codepipeline` source's type: handlers get the job and return its success fields (or nothing). */
export type CodepipelineSource = Source<'codepipeline', CodepipelineEvent, CodepipelineResult | undefined>;

function makeCodepipeline(client: () => Promise<AwsSdkClient>): CodepipelineSource {
  return runtimeSource<CodepipelineEvent, CodepipelineResult | undefined>()({
    id: 'codepipeline',
    invocation: 'async',
    // Only CodePipeline's job events have the top-level key "CodePipeline.job" (a dot in a key is
    // unusual enough that no other caller sends it); EventBridge's CodePipeline state changes put
    // their data under `detail`. https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
    detect: (event) => isObject(event) && isObject(event['CodePipeline.job']),
    settle: settling(settleCodepipelineJob(client)),
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
