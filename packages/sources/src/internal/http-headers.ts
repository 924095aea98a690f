import { type HeaderValue, type HttpResponse, hasLineBreak, SwitchboardError } from '@switchboard/core';

/** Header fields of an answer, ready for any dialect: names lower-cased, `set-cookie` apart. */
export interface HeaderFields {
  /** Lower-cased name → its values in order; never empty, never `set-cookie`. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Every `Set-Cookie` value: from `headers` first, then from `cookies`. */
  readonly cookies: readonly string[];
}

// CR or LF in a name or value would let a response split into two (header injection).
// Two `indexOf` scans: cheaper than a regex call on every header of every answer.

/**
 * Collects the header fields of `response`. Names are lower-cased (HTTP names
 * are case-insensitive, and two spellings of one name would otherwise reach
 * the caller as two headers); `Set-Cookie` values join `cookies`, because
 * each must be sent as its own header and the dialects carry them apart.
 *
 * @throws SwitchboardError `INVALID_HEADER` when a name, value or cookie holds CR or LF.
 */
export function collectHeaderFields(response: HttpResponse): HeaderFields {
  const fields = new Map<string, string[]>();
  const cookies: string[] = [];
  const headers = response.headers;
  for (const name in headers) {
    const key = checkedName(name);
    const values = checkedValues(key, headers[name] as HeaderValue);
    if (key === 'set-cookie') cookies.push(...values);
    else if (values.length > 0) {
      const known = fields.get(key);
      if (known === undefined) fields.set(key, [...values]);
      else known.push(...values);
    }
  }
  collectCookies(response, cookies);
  return { fields, cookies };
}

/** Header fields with one value per name, as payload 2.0, ALB and VPC Lattice carry them. */
export interface JoinedHeaderFields {
  readonly headers: Record<string, string>;
  readonly cookies: readonly string[];
}

/**
 * The header fields with repeated values joined with `, `, the list form HTTP
 * defines (RFC 9110 §5.3). One pass, no intermediate map: this is the path
 * of every buffered HTTP answer.
 *
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 */
export function collectJoinedHeaders(response: HttpResponse): JoinedHeaderFields {
  const joined: Record<string, string> = {};
  const cookies: string[] = [];
  const headers = response.headers;
  for (const name in headers) {
    const key = checkedName(name);
    const value = headers[name] as HeaderValue;
    const one = typeof value === 'string' ? checkedValue(key, value) : checkedValues(key, value).join(', ');
    if (key === 'set-cookie') cookies.push(...(typeof value === 'string' ? [value] : value));
    else if (typeof value !== 'string' && value.length === 0) continue;
    else if (!Object.hasOwn(joined, key)) setOwn(joined, key, one);
    else joined[key] = `${joined[key]}, ${one}`;
  }
  collectCookies(response, cookies);
  return { headers: joined, cookies };
}

function collectCookies(response: HttpResponse, into: string[]): void {
  for (const cookie of response.cookies ?? []) {
    if (hasLineBreak(cookie)) throw invalidHeader('A cookie contains CR or LF');
    into.push(cookie);
  }
}

/** A plain assignment of `__proto__` would set the prototype (and drop a string): define it instead. */
function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function checkedName(name: string): string {
  if (hasLineBreak(name)) throw invalidHeader('A header name contains CR or LF');
  return name.toLowerCase();
}

function checkedValue(name: string, value: string): string {
  // The name is safe to show (checked above); the value never is.
  if (hasLineBreak(value)) throw invalidHeader(`Header "${name}" has a value containing CR or LF`);
  return value;
}

function checkedValues(name: string, value: HeaderValue): readonly string[] {
  const values = typeof value === 'string' ? [value] : value;
  for (const one of values) checkedValue(name, one);
  return values;
}

function invalidHeader(message: string): SwitchboardError {
  return new SwitchboardError('INVALID_HEADER', message);
}
