import { SwitchboardError } from '@switchboard/core';
import { InvocationTimeoutError } from './invoke.js';

/** The error payload Lambda returns for a failed invocation (`X-Amz-Function-Error: Unhandled`). */
export interface LambdaError {
  readonly errorType: string;
  readonly errorMessage: string;
}

/**
 * `error` as Lambda reports it to the caller: the error's name as `errorType`
 * and its message. A timeout reads as Lambda's `Sandbox.Timedout`; a thrown
 * non-Error (as wrapped by `invoke`, or raw) reports the thrown value's type.
 * Never includes a stack trace, unlike the Node.js runtime's `trace`: the
 * payload goes to callers, and a stack leaks file paths.
 *
 * @example
 * toLambdaError(new TypeError('bad input')) // { errorType: 'TypeError', errorMessage: 'bad input' }
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html
 */
export function toLambdaError(error: unknown): LambdaError {
  if (error instanceof InvocationTimeoutError) return { errorType: 'Sandbox.Timedout', errorMessage: error.message };
  if (error instanceof SwitchboardError && error.code === 'NON_ERROR_THROWN') return fromThrownValue(error.cause);
  if (error instanceof Error) return { errorType: error.name, errorMessage: error.message };
  return fromThrownValue(error);
}

function fromThrownValue(value: unknown): LambdaError {
  const errorMessage = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return { errorType: typeof value, errorMessage };
}
