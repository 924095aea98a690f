import { UsageError } from '../usage-error.js';

/** One `--set path=value`: the path split into keys and indexes, and the value. */
export interface Assignment {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
  /** The value as typed, kept for fields that hold text (an SQS body given as `{"a":1}`). */
  readonly raw: string;
}

const wholePath = /^[^.[\]]+(?:\.[^.[\]]+|\[\d+\])*$/;
const segment = /([^.[\]]+)|\[(\d+)\]/g;
// Keys that would reach Object.prototype instead of the event.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses `--set path=value`: a dot/bracket path (`Records[0].body`,
 * `requestContext.http.method`) and a value read as JSON when it parses
 * (`2`, `true`, `{"a":1}`, `"quoted"`), else as the string itself.
 */
export function parseAssignment(text: string): Assignment {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`--set takes path=value, got "${text}"`);
  const pathText = text.slice(0, equals);
  if (!wholePath.test(pathText)) throw new UsageError(`--set: "${pathText}" is not a path like a.b[0].c`);
  const path = [...pathText.matchAll(segment)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  );
  if (path.some((key) => typeof key === 'string' && forbiddenKeys.has(key))) {
    throw new UsageError(`--set: "${pathText}" names a reserved key`);
  }
  const raw = text.slice(equals + 1);
  return { path, value: parseValue(raw), raw };
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Sets `value` at `path` inside `target`, creating objects (or arrays, when
 * the next key is an index) on the way. A field that holds text keeps text:
 * `Records[0].body={"a":1}` sets the JSON text, as SQS carries it. Returns
 * the target, changed in place.
 */
export function applyAssignment(target: unknown, { path, value, raw }: Assignment): unknown {
  if (path.length === 0) return value;
  let node = target as Record<string | number, unknown>;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = typeof node[key] === 'string' && typeof value !== 'string' ? raw : value;
      break;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  return target;
}
