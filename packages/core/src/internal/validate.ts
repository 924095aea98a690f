import { type $ZodIssue, type $ZodType, safeParse } from 'zod/v4/core';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { formatPath } from './format-path.js';
import { toIssueMessage } from './issue-message.js';

/**
 * Checks `value` against `schema`; throws a ValidationError whose paths point
 * into the payload. The parsed copy is dropped on purpose: schemas describe
 * AWS payloads, they do not rewrite them, and a copy could lose keys.
 */
export function assertValid(schema: $ZodType, value: unknown, sourceId: string, target: 'event' | 'response'): void {
  const issues = zodIssuesOf(schema, value);
  if (issues.length > 0) {
    throw new ValidationError(
      sourceId,
      target,
      issues.map((issue) => toValidationIssue(issue)),
      issues.map((issue) => issue.code),
    );
  }
}

const tooDeep: readonly $ZodIssue[] = [{ code: 'custom', path: [], message: 'nested too deeply to check' }];

/**
 * zod's issues (none when valid), except that a value nested too deeply for
 * a recursive schema (a JSON answer: zod checks it by recursion) is an issue,
 * not a RangeError escaping as an untyped error (found by the fuzz tests:
 * 5,000 nested arrays).
 */
function zodIssuesOf(schema: $ZodType, value: unknown): readonly $ZodIssue[] {
  try {
    const result = safeParse(schema, value);
    return result.success ? [] : result.error.issues;
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    throw error;
  }
}

/**
 * Runs `schema` and returns its issues (empty when valid), for tools and
 * decoders that report rather than throw. `at` prefixes each path, for a
 * value found inside an event (`['awslogs', 'data']`).
 */
export function listIssues(schema: $ZodType, value: unknown, at: readonly PropertyKey[] = []): ValidationIssue[] {
  return zodIssuesOf(schema, value).map((issue) => toValidationIssue(issue, at));
}

function toValidationIssue(issue: $ZodIssue, at: readonly PropertyKey[] = []): ValidationIssue {
  return { path: formatPath(at.length === 0 ? issue.path : [...at, ...issue.path]), message: toIssueMessage(issue) };
}
