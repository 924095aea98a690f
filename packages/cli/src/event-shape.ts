import type { ValidationIssue } from '@switchboard/core';

const maxKeys = 20;
const maxKeyLength = 64;

/**
 * The one issue of an event no built-in source claims: its top-level keys
 * (capped, truncated) or its JSON type, never a value. The same description
 * as the router's `UnknownEventError`, whose helper is internal to core.
 */
export function toUnclaimedIssue(event: unknown): ValidationIssue {
  const seen = describeEventShape(event);
  const shape =
    seen.length === 0
      ? 'no keys'
      : seen.length === 1 && seen[0]?.startsWith('(')
        ? `type ${seen[0]}`
        : `top-level keys: ${seen.join(', ')}`;
  return { path: '', message: `no built-in source claims this event; it has ${shape}` };
}

function describeEventShape(event: unknown): string[] {
  if (event === null) return ['(null)'];
  if (Array.isArray(event)) return ['(array)'];
  if (typeof event !== 'object') return [`(${typeof event})`];
  const keys = Object.keys(event);
  const shown = keys
    .slice(0, maxKeys)
    .map((key) => (key.length > maxKeyLength ? `${key.slice(0, maxKeyLength)}…` : key));
  if (keys.length > maxKeys) shown.push(`…${keys.length - maxKeys} more`);
  return shown;
}
