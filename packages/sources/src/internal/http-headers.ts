import { type HeaderValue, type HttpResponse, SwitchboardError } from '@switchboard/core';

/** Header fields of an answer, ready for any dialect: names lower-cased, `set-cookie` apart. */
export interface HeaderFields {
  /** Lower-cased name → its values in order; never empty, never `set-cookie`. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Every `Set-Cookie` value: from `headers` first, then from `cookies`. */
  readonly cookies: readonly string[];
}

// CR or LF in a name or value would let a response split into two (header injection).
const lineBreak = /[\r\n]/;

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
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    const key = checkedName(name);
    const values = checkedValues(key, value);
    if (key === 'set-cookie') cookies.push(...values);
    else if (values.length > 0) fields.set(key, [...(fields.get(key) ?? []), ...values]);
  }
  for (const cookie of response.cookies ?? []) {
    if (lineBreak.test(cookie)) throw invalidHeader('A cookie contains CR or LF');
    cookies.push(cookie);
  }
  return { fields, cookies };
}

/** One value per name: repeated values joined with `, `, the list form HTTP defines (RFC 9110 §5.3). */
export function joinHeaderValues(fields: HeaderFields['fields']): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, values] of fields) joined[name] = values.join(', ');
  return joined;
}

function checkedName(name: string): string {
  if (lineBreak.test(name)) throw invalidHeader('A header name contains CR or LF');
  return name.toLowerCase();
}

function checkedValues(name: string, value: HeaderValue): readonly string[] {
  const values = typeof value === 'string' ? [value] : value;
  // The name is safe to show (checked above); the value never is.
  if (values.some((one) => lineBreak.test(one)))
    throw invalidHeader(`Header "${name}" has a value containing CR or LF`);
  return values;
}

function invalidHeader(message: string): SwitchboardError {
  return new SwitchboardError('INVALID_HEADER', message);
}
