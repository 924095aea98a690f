import { toError } from '@switchboard/core';

/**
 * The message of anything thrown, for an AWS API that shows it to people:
 * the message only (never the stack), never empty, at most `maxLength`
 * characters (cut with an ellipsis).
 */
export function errorMessageOf(thrown: unknown, maxLength: number, fallback: string): string {
  const message = toError(thrown).message.trim() || fallback;
  return message.length <= maxLength ? message : `${message.slice(0, maxLength - 1)}…`;
}
