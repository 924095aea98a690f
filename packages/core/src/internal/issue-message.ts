import type { $ZodIssue } from 'zod/v4/core';

/**
 * A readable message for a zod issue. zod/mini ships no locale (it would
 * cost every bundle), so its default message is a bare "Invalid input":
 * phrase one from the issue's code instead. Only schema facts (expected
 * types, allowed values, sizes) are used, never the received value.
 */
export function toIssueMessage(issue: $ZodIssue): string {
  if (issue.message !== 'Invalid input' && issue.message !== '') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'too_small':
      return `too small: expected ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `too big: expected ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected format ${issue.format}`;
    case 'unrecognized_keys':
      return `unexpected keys: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid element';
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return 'invalid';
  }
}
