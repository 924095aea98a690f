/**
 * Fuzzed HTTP requests, built as each dialect's event with
 * `events.http`, then roughed up the way a hostile client or a broken
 * proxy would: odd methods and paths (`..`, `%2F`, bad escapes, unicode),
 * header values with CR/LF, bodies that are not what they claim (random
 * bytes, invalid UTF-8, invalid base64, the base64 flag flipped), and at
 * times the event itself mutated.
 */
import { events, type HttpDialect } from '@switchboard/testing';
import fc from 'fast-check';
import { hugeString, marker, nestingDepth } from './hostile.js';
import { mutate, mutationsArb } from './mutations.js';

export const dialectIds: readonly HttpDialect[] = ['apigw-http', 'apigw-rest', 'function-url', 'alb', 'vpc-lattice'];

// Names that are also Object.prototype members: a map built with plain assignment mishandles them.
const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const segmentArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('items', 'files', 'echo', 'boom', 'go', 'items', 'a-1') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('..', '.', '%2F', '%2e%2e', '%', '%zz', '%E0%A4%A', 'é', '💥', 'a b', marker),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const pathArb = fc.oneof(
  { weight: 6, arbitrary: fc.array(segmentArb, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '//', '/items//x', 'items', '/items/', `/${'a/'.repeat(500)}`) },
);

const methodArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS') },
  { weight: 1, arbitrary: fc.constantFrom('get', 'TRACE', 'CONNECT', 'PROPFIND', 'G\u0000T') },
);

const headerNameArb = fc.oneof(
  fc.constantFrom('content-type', 'Content-Type', 'origin', 'x-trace', 'access-control-request-method'),
  fc.constantFrom('access-control-request-headers', ...prototypeNames),
  fc.string({ minLength: 1, maxLength: 12 }),
);

const headerValueArb = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain'),
  fc.constantFrom('application/problem+json', 'multipart/form-data; boundary=x', 'https://app.example.com', 'POST'),
  fc.constantFrom('a\r\nSet-Cookie: stolen=1', 'x-custom\r\n', '\n', marker, ''),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const keyArb = fc.oneof(fc.constantFrom(...prototypeNames), fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/));

/**
 * A map of distinct names (ignoring case, as HTTP does), built with
 * `Object.fromEntries` so that `__proto__` is an own key, as in parsed JSON.
 */
function fieldsArb(name: fc.Arbitrary<string>, value: fc.Arbitrary<string>, maxLength: number) {
  return fc
    .uniqueArray(fc.tuple(name, value), { selector: ([key]) => key.toLowerCase(), maxLength })
    .map((pairs): Record<string, string> => Object.fromEntries(pairs));
}

/** What the body of a spec is: JSON (serialised by the builder), text, or bytes (sent base64-encoded). */
type BodySpec = { readonly json: unknown } | { readonly body: string | Uint8Array } | Record<never, never>;

const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  // Invalid UTF-8: a lone continuation byte, a truncated sequence, an encoded surrogate, bytes never valid.
  fc.constantFrom([0x80], [0xc3], [0xed, 0xa0, 0x80], [0xff, 0xfe, 0x7b]).map((bytes) => Uint8Array.from(bytes)),
);

const bodyArb: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.constant({}),
  fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), qty: fc.integer() }).map((item) => ({ json: item })),
  fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })),
  fc
    .constantFrom(
      `{"__proto__":{"polluted":"${marker}"},"name":"n","qty":1}`,
      `{"constructor":{"prototype":{"polluted":"${marker}"}},"name":"n","qty":1}`,
      `${'['.repeat(nestingDepth)}${']'.repeat(nestingDepth)}`,
      `{"name":"${marker}","qty":"${marker}"}`,
      '{"name":',
    )
    .map((body) => ({ body })),
  fc.string({ unit: 'binary', maxLength: 40 }).map((body) => ({ body })),
  bytesArb.map((body) => ({ body })),
  fc.constant({ body: hugeString }),
);

/** What is done to the built event: the base64 flag flipped, a body that is not base64 while flagged so, a mutation. */
const tamperArb = fc.record({
  flipBase64: fc.boolean(),
  badBase64: fc.option(fc.constantFrom('!!!not base64', '====', 'YQ', '%%%', marker), { nil: undefined }),
  mutations: fc.option(mutationsArb, { nil: undefined, freq: 8 }),
});

export const httpCaseArb = fc.record({
  dialect: fc.constantFrom(...dialectIds),
  method: methodArb,
  path: pathArb,
  headers: fieldsArb(headerNameArb, headerValueArb, 4),
  query: fieldsArb(keyArb, fc.string({ maxLength: 8 }), 3),
  cookies: fc.array(fc.tuple(keyArb, fc.stringMatching(/^[a-z0-9]{0,6}$/)), { maxLength: 2 }),
  body: bodyArb,
  multiValue: fc.boolean(),
  version: fc.constantFrom(1 as const, 2 as const),
  tamper: tamperArb,
});

export type HttpCase = typeof httpCaseArb extends fc.Arbitrary<infer Case> ? Case : never;

/** The event `httpCase` describes, as Lambda would deliver it (through JSON). */
export function toHttpEvent(httpCase: HttpCase): unknown {
  const { dialect, method, path, headers, query, cookies, body, multiValue, version, tamper } = httpCase;
  const built = events.http({
    dialect,
    method,
    path,
    headers,
    query,
    cookies: cookies.map(([name, value]) => `${name}=${value}`),
    multiValue,
    version,
    ...body,
  }) as unknown as Record<string, unknown>;
  if (tamper.flipBase64 && 'isBase64Encoded' in built) built.isBase64Encoded = !built.isBase64Encoded;
  if (tamper.badBase64 !== undefined) Object.assign(built, { body: tamper.badBase64, isBase64Encoded: true });
  return tamper.mutations === undefined ? JSON.parse(JSON.stringify(built)) : mutate(built, tamper.mutations);
}
