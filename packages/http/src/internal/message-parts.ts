/**
 * Small pure readers shared by the dialects: header and query maps (single
 * or multi-value, as each caller sends them), cookies, and bodies.
 */

import { invalidBase64Error, isWholeBase64 } from './base64.js';
import { interned } from './interned.js';

type SingleMap = Readonly<Record<string, string | undefined>> | null | undefined;
type MultiMap = Readonly<Record<string, readonly string[] | undefined>> | null | undefined;

/** Lower-cased header names with every value; the multi-value map wins when the caller sent one. */
export const toHeadersAll = (single: SingleMap, multi: MultiMap): Record<string, string[]> =>
  collectAll(single, multi, (name) => name.toLowerCase());

/** Lower-cased names, repeated values joined with `, `; payload 2.0 headers already are, and are used as sent. */
export function toHeaders(single: SingleMap, multi: MultiMap): Record<string, string> {
  const out: Record<string, string> = {};
  if (multi) {
    for (const name in multi) {
      const values = multi[name];
      if (values) setOwn(out, name.toLowerCase(), values.join(', '));
    }
    return out;
  }
  for (const name in single ?? {}) {
    const value = single?.[name];
    if (value !== undefined) setOwn(out, name.toLowerCase(), value);
  }
  return out;
}

/**
 * `toHeaders(single, multi)[name]` for a lower-cased `name`, without building
 * the map: the few headers read before routing (content type, origin) cost a
 * scan of the names instead of a new map with every name lower-cased.
 */
export function findHeader(single: SingleMap, multi: MultiMap, name: string): string | undefined {
  let found: string | undefined;
  // A name of another length is passed over before its value is read.
  if (multi) {
    for (const key in multi) {
      if (key.length !== name.length) continue;
      const values = multi[key];
      // As in `toHeaders`, the last spelling of a name wins.
      if (values && isSameName(key, name)) found = isOneString(values) ? values[0] : values.join(', ');
    }
    return found;
  }
  for (const key in single ?? {}) {
    if (key.length !== name.length) continue;
    const value = single?.[key];
    if (value !== undefined && isSameName(key, name)) found = value;
  }
  return found;
}

/** One value: taken as it is, the string `join` would copy. */
const isOneString = (values: readonly string[]): values is readonly [string] =>
  Array.isArray(values) && values.length === 1 && typeof values[0] === 'string';

/**
 * `key.toLowerCase() === name` for a lower-case ASCII `name`, without a
 * lower-cased copy of each name a request sends: the spellings callers use
 * (`content-type`, `Content-Type`) are compared as they are. Callers pass
 * keys of `name`'s length only: a key of another length never lower-cases
 * to an ASCII name.
 */
function isSameName(key: string, name: string): boolean {
  if (key === name || key === titleCaseOf(name)) return true;
  const first = key.charCodeAt(0);
  // An ASCII first letter that differs settles it; anything else is lower-cased to compare.
  if (first < 128 && (first >= 65 && first <= 90 ? first + 32 : first) !== name.charCodeAt(0)) return false;
  return key.toLowerCase() === name;
}

/**
 * `content-type` → `Content-Type`, made once per name (the app asks for a
 * handful) and interned, so that it compares with a name from an event by
 * identity. The last name asked is kept apart: it is nearly always the next
 * one (each request's content type).
 */
const titleCases = new Map<string, string>();
let lastName = '';
let lastTitle = '';

function titleCaseOf(name: string): string {
  if (name === lastName) return lastTitle;
  let title = titleCases.get(name);
  if (title === undefined) {
    const spelled = name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    title = interned(spelled);
    titleCases.set(name, title);
  }
  lastName = name;
  lastTitle = title;
  return title;
}

/** Query values by key; the multi-value map wins when the caller sent one. `decode` for callers that pass values raw (ALB). */
export const toQueryAll = (single: SingleMap, multi: MultiMap, decode = false): Record<string, string[]> =>
  decode ? collectAll(single, multi, decodeQueryPart, decodeQueryPart) : collectAll(single, multi);

/** Every value by key (`toKey`'s), each through `toValue`; the multi-value map wins when the caller sent one. */
function collectAll(
  single: SingleMap,
  multi: MultiMap,
  toKey = (key: string) => key,
  toValue = (value: string) => value,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (multi) {
    for (const [key, values] of Object.entries(multi)) if (values) append(out, toKey(key), values.map(toValue));
  } else {
    for (const [key, value] of Object.entries(single ?? {})) {
      if (value !== undefined) append(out, toKey(key), [toValue(value)]);
    }
  }
  return out;
}

/** Parses a raw query string (`a=1&a=2&b`), as payload 2.0 carries it. */
export function parseRawQuery(raw: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (raw === '') return out;
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodeQueryPart(at === -1 ? pair : pair.slice(0, at));
    append(out, key, [at === -1 ? '' : decodeQueryPart(pair.slice(at + 1))]);
  }
  return out;
}

/** `+` is a space in a query; a malformed escape is kept as sent rather than failing the request. */
function decodeQueryPart(part: string): string {
  const spaced = part.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Cookies from `Cookie` header values (`a=1; b=2`); the first value of a repeated name wins. */
export function parseCookies(headerValues: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const header of headerValues ?? []) {
    for (const pair of header.split(';')) {
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      if (name !== '' && !Object.hasOwn(out, name)) setOwn(out, name, pair.slice(at + 1).trim());
    }
  }
  return out;
}

/** The body as sent: bytes when base64-encoded (decoded once, never through UTF-8), text otherwise; 400 if not base64. */
export function toRawBody(
  body: string | null | undefined,
  isBase64Encoded: boolean | undefined,
): string | Uint8Array | undefined {
  if (body === null || body === undefined) return undefined;
  if (!isBase64Encoded) return body;
  const bytes = Buffer.from(body, 'base64');
  if (!isWholeBase64(body, bytes.byteLength)) throw invalidBase64Error();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function append(out: Record<string, string[]>, key: string, values: readonly string[]): void {
  // Own keys only: a client names these keys, and `?constructor=1` must not find Object.prototype's.
  const existing = Object.hasOwn(out, key) ? out[key] : undefined;
  if (existing) existing.push(...values);
  else setOwn(out, key, [...values]);
}

/** `out[key] = value`, except that `__proto__` becomes an own key (as in parsed JSON) instead of a prototype change. */
function setOwn<Value>(out: Record<string, Value>, key: string, value: Value): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
