import { type SettleContext, SwitchboardError } from '@switchboard/core';
import { type AwsSdkClient, lazyClient, missingSdkError, sendCommand } from '../internal/aws-sdk-client.js';
import { errorMessageOf } from '../internal/error-message.js';
import { isObject } from '../internal/guards.js';
import { beforeDeadline, deadlinePassed } from '../internal/lambda-deadline.js';
import type { CodepipelineFailureType, CodepipelineResult } from './schema.js';

/** FailureDetails.message is 1 to 5,000 characters. */
const maxMessageLength = 5_000;

/**
 * Throw it from a handler to fail the job with a failure type other than
 * `JobFailed`, or with the id of the failed run in another system. Any other
 * error fails the job as `JobFailed` with its message (never its stack).
 *
 * @example
 * if (!userParameters) throw new CodepipelineJobError('ConfigurationError', 'UserParameters must name a stack')
 * @see https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_FailureDetails.html
 */
export class CodepipelineJobError extends SwitchboardError {
  readonly failureType: CodepipelineFailureType;
  readonly externalExecutionId: string | undefined;

  constructor(failureType: CodepipelineFailureType, message: string, options?: { externalExecutionId?: string }) {
    super('CODEPIPELINE_JOB_FAILED', message);
    this.failureType = failureType;
    this.externalExecutionId = options?.externalExecutionId;
  }
}

type SdkModule = typeof import('@aws-sdk/client-codepipeline');

// Loaded on first use, never at import: an app that does not mount this source never loads the SDK.
// The try block keeps bundlers from failing when the SDK is not installed (it then loads at run time).
async function loadSdk(): Promise<SdkModule> {
  try {
    return await import('@aws-sdk/client-codepipeline');
  } catch (error) {
    throw missingSdkError('codepipeline', '@aws-sdk/client-codepipeline', error);
  }
}

/** The default client: made on first use, once per execution environment, from the function's environment. */
export const defaultCodepipelineClient = /* @__PURE__ */ lazyClient(async () => {
  const { CodePipelineClient } = await loadSdk();
  return new CodePipelineClient({});
});

/** The job id, read defensively: settle also runs for events that failed validation. */
function jobIdOf(event: unknown): string | undefined {
  const job = isObject(event) ? event['CodePipeline.job'] : undefined;
  return isObject(job) && typeof job.id === 'string' ? job.id : undefined;
}

function failureDetailsOf(thrown: unknown) {
  const known = thrown instanceof CodepipelineJobError ? thrown : undefined;
  return {
    type: known?.failureType ?? 'JobFailed',
    message: errorMessageOf(thrown, maxMessageLength, 'The Lambda function failed'),
    ...(known?.externalExecutionId === undefined ? {} : { externalExecutionId: known.externalExecutionId }),
  };
}

async function putFailure(
  client: () => Promise<AwsSdkClient>,
  jobId: string,
  thrown: unknown,
  report: SettleContext['report'],
): Promise<void> {
  // CodePipeline shows the message; the log names the error's class only (details with `logDetails`).
  report('job failed; reporting PutJobFailureResult', thrown);
  const [sdk, sender] = await Promise.all([loadSdk(), client()]);
  const command = new sdk.PutJobFailureResultCommand({ jobId, failureDetails: failureDetailsOf(thrown) });
  await sendCommand(sender, command);
}

async function putSuccess(
  client: () => Promise<AwsSdkClient>,
  jobId: string,
  result: CodepipelineResult | undefined,
): Promise<void> {
  const [sdk, sender] = await Promise.all([loadSdk(), client()]);
  await sendCommand(sender, new sdk.PutJobSuccessResultCommand({ jobId, ...successFieldsOf(result) }));
}

/** Only the fields PutJobSuccessResult knows, so nothing else a handler returned is sent. */
function successFieldsOf(result: CodepipelineResult | undefined) {
  if (!isObject(result)) return {};
  const { continuationToken, executionDetails, outputVariables, currentRevision } = result;
  return Object.fromEntries(
    Object.entries({ continuationToken, executionDetails, outputVariables, currentRevision }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

/**
 * Reports the job's outcome to CodePipeline, on every path: the handler's
 * result as PutJobSuccessResult; a thrown error, an invalid event (with
 * `validateEvent`) or a handler still running `timeoutMarginMs` before the
 * Lambda timeout as PutJobFailureResult. When the API call itself fails, or
 * the event has no job id to report on, the invocation throws, so Lambda's
 * asynchronous retries try again.
 */
export function settleCodepipelineJob(client: () => Promise<AwsSdkClient>) {
  return async (run: () => Promise<unknown>, event: unknown, { context, timeoutMarginMs, report }: SettleContext) => {
    const jobId = jobIdOf(event);
    let outcome: unknown;
    try {
      outcome = await beforeDeadline(run(), context, timeoutMarginMs);
    } catch (error) {
      if (jobId === undefined) throw error;
      await putFailure(client, jobId, error, report);
      return undefined;
    }
    if (jobId === undefined)
      throw new SwitchboardError('CODEPIPELINE_NO_JOB_ID', 'The event has no CodePipeline.job.id');
    if (outcome === deadlinePassed) {
      const message = `The handler was still running ${timeoutMarginMs} ms before the Lambda timeout`;
      await putFailure(client, jobId, new Error(message), report);
      return undefined;
    }
    await putSuccess(client, jobId, outcome as CodepipelineResult | undefined);
    return undefined;
  };
}
