import { describeEventShape, UnknownEventError, type ValidationIssue } from '@switchboard/core';

/**
 * The one issue of an event no built-in source claims: the router's own
 * UnknownEventError message, which names top-level keys (or the JSON type),
 * never a value.
 */
export function toUnclaimedIssue(event: unknown): ValidationIssue {
  return { path: '', message: new UnknownEventError(describeEventShape(event)).message };
}
