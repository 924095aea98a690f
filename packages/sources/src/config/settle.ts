import { SwitchboardError } from '@switchboard/core';
import { type AwsSdkClient, lazyClient, missingSdkError, sendCommand } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import type { ConfigEvaluation } from './evaluations.js';

/** PutEvaluations takes at most 100 evaluations per call. */
const maxEvaluationsPerCall = 100;

/**
 * The result token of test invocations (the AWS Config Rules Development Kit
 * sends it): evaluations are then put with `TestMode`, which checks them
 * without recording anything.
 */
export const configTestModeToken = 'TESTMODE';

type SdkModule = typeof import('@aws-sdk/client-config-service');

// Loaded on first use, never at import: an app that does not mount this source never loads the SDK.
// The try block keeps bundlers from failing when the SDK is not installed (it then loads at run time).
async function loadSdk(): Promise<SdkModule> {
  try {
    return await import('@aws-sdk/client-config-service');
  } catch (error) {
    throw missingSdkError('config', '@aws-sdk/client-config-service', error);
  }
}

/** The default client: made on first use, once per execution environment, from the function's environment. */
export const defaultConfigClient = /* @__PURE__ */ lazyClient(async () => {
  const { ConfigServiceClient } = await loadSdk();
  return new ConfigServiceClient({});
});

function toSdkEvaluation(evaluation: ConfigEvaluation) {
  const { OrderingTimestamp: at } = evaluation;
  return { ...evaluation, OrderingTimestamp: at instanceof Date ? at : new Date(at) };
}

function countFailed(output: unknown): number {
  const failed = isObject(output) ? output.FailedEvaluations : undefined;
  return Array.isArray(failed) ? failed.length : 0;
}

/**
 * Puts the handler's evaluations with PutEvaluations, 100 per call, in
 * order. Nothing to report makes no call. A handler error, an invalid event
 * (with `validateEvent`), a failed call or evaluations that Config refused
 * (`FailedEvaluations`) make the invocation throw, so Lambda's asynchronous
 * retries evaluate again.
 */
export function settleConfigEvaluations(client: () => Promise<AwsSdkClient>) {
  return async (run: () => Promise<unknown>, event: { readonly resultToken: string }) => {
    const evaluations = (await run()) as readonly ConfigEvaluation[];
    if (evaluations.length === 0) return undefined;
    const [sdk, sender] = await Promise.all([loadSdk(), client()]);
    const testMode = event.resultToken === configTestModeToken ? { TestMode: true } : {};
    let failed = 0;
    for (let start = 0; start < evaluations.length; start += maxEvaluationsPerCall) {
      const batch = evaluations.slice(start, start + maxEvaluationsPerCall).map(toSdkEvaluation);
      const command = new sdk.PutEvaluationsCommand({
        Evaluations: batch,
        ResultToken: event.resultToken,
        ...testMode,
      });
      failed += countFailed(await sendCommand(sender, command));
    }
    if (failed > 0) {
      throw new SwitchboardError(
        'CONFIG_EVALUATIONS_FAILED',
        `AWS Config refused ${failed} of ${evaluations.length} evaluations`,
      );
    }
    return undefined;
  };
}
