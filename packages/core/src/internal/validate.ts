import { type $ZodIssue, type $ZodType, safeParse } from 'zod/v4/core';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { toIssueMessage } from './issue-message.js';

/**
 * Checks `value` against `schema`; throws a ValidationError whose paths point
 * into the payload. The parsed copy is dropped on purpose: schemas describe
 * AWS payloads, they do not rewrite them, and a copy could lose keys.
 */
export function assertValid(schema: $ZodType, value: unknown, sourceId: string, target: 'event' | 'response'): void {
  const result = safeParse(schema, value);
  if (!result.success) {
    throw new ValidationError(
      sourceId,
      target,
      result.error.issues.map((issue) => toValidationIssue(issue)),
    );
  }
}

/**
 * Runs `schema` and returns its issues (empty when valid), for tools and
 * decoders that report rather than throw. `at` prefixes each path, for a
 * value found inside an event (`['awslogs', 'data']`).
 */
export function listIssues(schema: $ZodType, value: unknown, at: readonly PropertyKey[] = []): ValidationIssue[] {
  const result = safeParse(schema, value);
  return result.success ? [] : result.error.issues.map((issue) => toValidationIssue(issue, at));
}

function toValidationIssue(issue: $ZodIssue, at: readonly PropertyKey[] = []): ValidationIssue {
  return { path: formatPath(at.length === 0 ? issue.path : [...at, ...issue.path]), message: toIssueMessage(issue) };
}

/** `['Records', 3, 'body']` → `Records[3].body` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
