import type { SettleContext } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { isObject } from '../internal/guards.js';
import { beforeDeadline, deadlinePassed } from '../internal/lambda-deadline.js';
import { putCloudformationResponse } from './put-response.js';
import {
  type CloudformationRequestIds,
  cloudformationCreateFailedMarker,
  toCloudformationFailure,
  toCloudformationPayload,
  toCloudformationReason,
  toCloudformationSuccess,
} from './respond.js';
import type { CloudformationResult } from './schema.js';

type Outcome =
  | { readonly kind: 'answered'; readonly result: unknown }
  | { readonly kind: 'threw'; readonly error: unknown }
  | { readonly kind: 'timed-out' };

/**
 * Answers CloudFormation on every path, so a stack never waits out its
 * timeout: the handler's result is PUT as SUCCESS; a thrown error, an
 * invalid event (with `validateEvent`) or a handler still running
 * `timeoutMarginMs` before the Lambda timeout is PUT as FAILED, once. The
 * invocation resolves with nothing (CloudFormation reads only the PUT) and
 * throws only when the PUT itself failed, so Lambda's async retries try again.
 *
 * A request that the CDK provider framework forwards to `onEvent` is
 * answered by that framework: the handler's result is returned unchanged and
 * its errors are thrown, and nothing is PUT.
 */
export async function settleCloudformation(
  run: () => Promise<unknown>,
  event: unknown,
  { context, timeoutMarginMs, report }: SettleContext,
): Promise<unknown> {
  const ids = requestIdsOf(event);
  const responseUrl = responseUrlFor(event, context);
  if (ids.RequestType === 'Delete' && ids.PhysicalResourceId?.startsWith(cloudformationCreateFailedMarker)) {
    // The rollback Delete of a Create that failed: nothing exists, so the handler is not asked.
    if (responseUrl === undefined) return { PhysicalResourceId: ids.PhysicalResourceId };
    await putCloudformationResponse(responseUrl, toCloudformationSuccess(undefined, ids));
    return undefined;
  }
  if (responseUrl === undefined) return run();
  const outcome = await withDeadline(run(), context, timeoutMarginMs);
  await putCloudformationResponse(responseUrl, toPayload(outcome, ids, context, timeoutMarginMs, report));
  return undefined;
}

function toPayload(
  outcome: Outcome,
  ids: CloudformationRequestIds,
  context: Context,
  marginMs: number,
  report: SettleContext['report'],
): string {
  if (outcome.kind === 'answered') {
    const result = isObject(outcome.result) ? (outcome.result as CloudformationResult) : undefined;
    return toCloudformationPayload(toCloudformationSuccess(result, ids), ids);
  }
  if (outcome.kind === 'threw') {
    // The stack operator reads the message in the FAILED answer; the log names the error's class only.
    report('handler threw; answering FAILED', outcome.error);
    return JSON.stringify(toCloudformationFailure(toCloudformationReason(outcome.error, context), ids));
  }
  report('handler still running at the timeout margin; answering FAILED');
  const reason = toCloudformationReason(
    new Error(`The handler timed out: it was still running ${marginMs} ms before the Lambda timeout`),
    context,
  );
  return JSON.stringify(toCloudformationFailure(reason, ids));
}

/** The handler's outcome, or `timed-out` once only `marginMs` are left before the Lambda timeout. */
async function withDeadline(pending: Promise<unknown>, context: Context, marginMs: number): Promise<Outcome> {
  const settled = pending.then(
    (result): Outcome => ({ kind: 'answered', result }),
    (error: unknown): Outcome => ({ kind: 'threw', error }),
  );
  const outcome = await beforeDeadline(settled, context, marginMs);
  return outcome === deadlinePassed ? { kind: 'timed-out' } : outcome;
}

/**
 * Where to PUT the answer, or `undefined` when this invocation must not PUT:
 * no URL (the CDK provider framework used to send none, or `'...'`), or a
 * `ServiceToken` naming another Lambda function than the one running. The
 * CDK provider framework forwards CloudFormation's real `ResponseURL` to
 * `onEvent` while `ServiceToken` names the framework's own function, and it
 * PUTs the answer itself; CloudFormation invokes exactly its `ServiceToken`.
 */
function responseUrlFor(event: unknown, context: Context): string | undefined {
  if (!isObject(event)) return undefined;
  const url = event.ResponseURL;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return undefined;
  return namesAnotherFunction(event.ServiceToken, context?.invokedFunctionArn) ? undefined : url;
}

/** Compares Lambda ARNs without their qualifier (`:alias` or `:version`); anything unknown counts as the same. */
function namesAnotherFunction(serviceToken: unknown, invokedArn: unknown): boolean {
  if (typeof serviceToken !== 'string' || typeof invokedArn !== 'string') return false;
  if (!serviceToken.includes(':lambda:') || !invokedArn.includes(':lambda:')) return false;
  const unqualified = (arn: string) => arn.split(':').slice(0, 7).join(':');
  return unqualified(serviceToken) !== unqualified(invokedArn);
}

/** The ids an answer copies, read without trusting the event (it may have failed validation). */
function requestIdsOf(event: unknown): CloudformationRequestIds {
  const fields = isObject(event) ? event : {};
  const text = (key: string): string => {
    const value = fields[key];
    return typeof value === 'string' ? value : '';
  };
  return {
    RequestType: text('RequestType'),
    StackId: text('StackId'),
    RequestId: text('RequestId'),
    LogicalResourceId: text('LogicalResourceId'),
    PhysicalResourceId: text('PhysicalResourceId') || undefined,
  };
}
