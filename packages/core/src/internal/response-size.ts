import { ResponseTooLargeError } from '../errors.js';

/**
 * Lambda's synchronous response cap: "6 MB each for request and response".
 * Counted in binary megabytes: Lambda's own error reads "exceeded maximum
 * allowed payload size (6291556 bytes)", so 6 × 1024 × 1024 stays (100 bytes)
 * on the safe side of what Lambda really accepts.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 * @see https://github.com/DataBiosphere/azul/issues/8258 (the error, with its byte count)
 */
export const lambdaSyncResponseLimit = 6 * 1024 * 1024;

/**
 * Holds an answer to its caller's size cap: returns it, or throws a
 * ResponseTooLargeError naming `source` and both sizes.
 */
export type AnswerLimit = (answer: unknown, source: string) => unknown;

/**
 * The `answerLimit` of a source whose caller waits for the answer (`sync`,
 * `sync-or-async`): an answer above Lambda's synchronous cap is refused with
 * a typed error, instead of Lambda failing the invocation with its own. A
 * source passes it, rather than the router importing it, so that a function
 * mounting only poll or async sources carries none of this module's walk.
 *
 * @example
 * runtimeSource<OrderTask, OrderAnswer>()({ id: 'order-task', invocation: 'sync', answerLimit: syncAnswerLimit, detect })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const syncAnswerLimit: AnswerLimit = (answer, source) => {
  const size = answer === undefined ? undefined : serializedSizeOver(answer, lambdaSyncResponseLimit);
  if (size !== undefined) throw new ResponseTooLargeError(source, lambdaSyncResponseLimit, size);
  return answer;
};

/**
 * The most JSON bytes one UTF-16 unit of a string can take: a control
 * character is escaped as `\u001f`. Size bounds from lengths alone use it.
 */
export const maxJsonBytesPerUnit = 6;
// The longest JSON number, `-1.7976931348623157e+308`; `true`, `false` and `null` are shorter.
const MAX_PRIMITIVE_BYTES = 24;
// Deeper than this, the walk stops bounding and serializes (a cycle, or an unusual answer).
const MAX_DEPTH = 64;

/**
 * The size in bytes of `value` as Lambda serializes it (`JSON.stringify`,
 * UTF-8) when that size exceeds `limit`, else `undefined`. Cheap on the hot
 * path: the walk adds up an upper bound (6 bytes per character of a string,
 * 24 per number) and stops once the bound exceeds `limit`; only then is
 * anything serialized. A value JSON cannot serialize (a cycle) is left to
 * Lambda's own error: `undefined`.
 *
 * @example
 * serializedSizeOver({ batchItemFailures: [] }, lambdaSyncResponseLimit) // undefined
 */
export function serializedSizeOver(value: unknown, limit: number): number | undefined {
  if (boundOf(value, 0, limit, 0) <= limit) return undefined;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined;
  }
  const size = json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  return size > limit ? size : undefined;
}

// What JSON escapes (quote, backslash, control characters) and what it may (lone surrogates).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes.
const escaped = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The exact JSON size of a long string: native scans only, and a copy only when it has escapes. */
function stringSize(text: string): number {
  return escaped.test(text) ? Buffer.byteLength(JSON.stringify(text), 'utf8') : Buffer.byteLength(text, 'utf8') + 2;
}

/**
 * `total` plus an upper bound of `value`'s JSON size; returns early once
 * above `limit`. Primitives inside objects and arrays are added in the loop,
 * without a call each: this runs on every answer.
 */
function boundOf(value: unknown, total: number, limit: number, depth: number): number {
  if (typeof value === 'string') return addString(value, total, limit);
  if (typeof value !== 'object' || value === null) return total + MAX_PRIMITIVE_BYTES;
  if (depth > MAX_DEPTH) return Number.POSITIVE_INFINITY;
  let sum = total + 2;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      sum =
        typeof item === 'object' && item !== null
          ? boundOf(item, sum + 1, limit, depth + 1)
          : addPrimitive(item, sum + 1, limit);
      if (sum > limit) return sum;
    }
    return sum;
  }
  // JSON.stringify calls any `toJSON`, a plain object's own too. Two property reads tell a plain
  // object from the rest: cheaper than Object.getPrototypeOf, a third of a small answer's walk.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (toJSON !== undefined || (value as { constructor?: unknown }).constructor !== Object) {
    // A typed array serializes as {"0":255,...}: at most 7 digits of key, 3 of value and 4 of punctuation each.
    // Checked before `toJSON`: a Buffer's would copy every byte into an array.
    if (ArrayBuffer.isView(value)) return total + 2 + 14 * value.byteLength;
    if (typeof toJSON === 'function') return boundOf(toJSON.call(value), total, limit, depth + 1);
  }
  // `for...in` also visits inherited enumerable keys, which JSON leaves out: counting them only raises the bound.
  for (const key in value) {
    const item: unknown = (value as Record<string, unknown>)[key];
    // "key": plus a comma.
    sum += 4 + maxJsonBytesPerUnit * key.length;
    sum =
      typeof item === 'object' && item !== null ? boundOf(item, sum, limit, depth + 1) : addPrimitive(item, sum, limit);
    if (sum > limit) return sum;
  }
  return sum;
}

function addPrimitive(value: unknown, total: number, limit: number): number {
  return typeof value === 'string' ? addString(value, total, limit) : total + MAX_PRIMITIVE_BYTES;
}

/** 6 bytes a character bounds any string; a long one is measured exactly instead. */
function addString(text: string, total: number, limit: number): number {
  const bound = total + 2 + maxJsonBytesPerUnit * text.length;
  return bound <= limit ? bound : total + stringSize(text);
}
