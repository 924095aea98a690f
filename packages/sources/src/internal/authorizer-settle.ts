/**
 * How authorizer sources settle: a deny is the safe answer whenever the
 * handler does not produce one (it throws, the event is invalid, it returns
 * nothing, it is about to time out), so a failure never opens the API and the
 * client hears a clean 403 rather than a 500.
 */
import { type SettleContext, SwitchboardError } from '@switchboard/core';
import { beforeDeadline, deadlinePassed } from './lambda-deadline.js';

/**
 * Thrown by an authorizer handler to refuse a caller with 401 Unauthorized
 * instead of 403 Forbidden. API Gateway REST (and WebSocket) authorizers
 * answer 401 when the function fails with the exact message "Unauthorized";
 * the source rethrows it as that plain error. HTTP API and AppSync
 * authorizers have no such convention: there it is an ordinary deny.
 *
 * @example
 * if (token === undefined) throw new AuthorizerUnauthorizedError()
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
export class AuthorizerUnauthorizedError extends SwitchboardError {
  constructor(message = 'Unauthorized') {
    super('UNAUTHORIZED', message);
  }
}

/** How one authorizer source denies. */
export interface DenyRule {
  readonly sourceId: string;
  /** The deny answer for this event. */
  readonly deny: () => unknown;
  /** Whether an Unauthorized failure is rethrown for API Gateway's 401 (REST and WebSocket authorizers). */
  readonly rethrowsUnauthorized: boolean;
}

const unauthorizedMessage = 'Unauthorized';

/**
 * Runs the handler and answers its result, or `rule.deny()` when it returns
 * nothing, fails, or is still running `timeoutMarginMs` before the Lambda
 * timeout. A handler that throws `AuthorizerUnauthorizedError` (or an Error
 * whose message is exactly "Unauthorized", AWS's own convention) gets a 401
 * where the caller supports it.
 */
export async function settleAuthorizer(
  run: () => Promise<unknown>,
  settle: SettleContext,
  rule: DenyRule,
): Promise<unknown> {
  try {
    const answer = await beforeDeadline(run(), settle.context, settle.timeoutMarginMs);
    if (answer === deadlinePassed) throw new DeadlineError(settle.timeoutMarginMs);
    return answer ?? rule.deny();
  } catch (error) {
    if (rule.rethrowsUnauthorized && isUnauthorized(error)) throw new Error(unauthorizedMessage);
    // The deny hides the failure from the client; the log keeps it visible.
    settle.report('handler did not answer; request denied', error);
    return rule.deny();
  }
}

function isUnauthorized(error: unknown): boolean {
  return (
    error instanceof AuthorizerUnauthorizedError || (error instanceof Error && error.message === unauthorizedMessage)
  );
}

class DeadlineError extends SwitchboardError {
  constructor(marginMs: number) {
    super('DEADLINE', `The handler was still running ${marginMs} ms before the Lambda timeout`);
  }
}
