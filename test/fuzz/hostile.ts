/**
 * Hostile values: what an attacker (or a broken producer) can put in a
 * Lambda event. Every value is JSON, since Lambda parses each event from
 * JSON; prototype keys are therefore own properties, as `JSON.parse` makes them.
 */
import fc from 'fast-check';

/**
 * A value planted in payloads. Switchboard's errors name keys and paths,
 * never values: the marker must never appear in an error message or an
 * error answer.
 */
export const marker = 'FUZZ-MARKER-7f3c91d2';

/** One million characters, the marker at the end (a message that quotes input would carry it). */
export const hugeString = `${'A'.repeat(1_000_000)}${marker}`;

/** How deep the nested values go: far beyond any real event, enough to break unguarded recursion. */
export const nestingDepth = 5_000;

/** `[[[...[marker]...]]]`, `nestingDepth` arrays deep; a fresh value on each call, so cases do not share it. */
export function deepArray(): unknown {
  let value: unknown = [marker];
  for (let level = 1; level < nestingDepth; level++) value = [value];
  return printedAs(value as object, `<${nestingDepth} nested arrays>`);
}

/** `{"a":{"a":...{"a":marker}}}`, `nestingDepth` objects deep; fresh on each call. */
export function deepObject(): unknown {
  let value: unknown = marker;
  for (let level = 0; level < nestingDepth; level++) value = { a: value };
  return printedAs(value as object, `<${nestingDepth} nested objects>`);
}

/**
 * fast-check prints a counterexample by walking it, which overflows the
 * stack on these values: give it a short text instead. The symbol key is
 * invisible to JSON, `Object.keys` and `for...in`, so the code under test sees plain JSON.
 */
function printedAs(value: object, text: string): object {
  Object.defineProperty(value, fc.toStringMethod, { value: () => text, enumerable: false });
  return value;
}

/** The texts of hostile JSON payloads, parsed afresh for every case. */
const hostileTexts: readonly string[] = [
  `{"__proto__":{"polluted":"${marker}"}}`,
  `{"constructor":{"prototype":{"polluted":"${marker}"}}}`,
  `{"prototype":{"polluted":"${marker}"}}`,
  // Keys that shadow Object.prototype methods: code calling event.hasOwnProperty(...) breaks.
  `{"hasOwnProperty":"${marker}","toString":"${marker}","valueOf":1,"toJSON":null,"then":"${marker}"}`,
  `{"Records":[{"__proto__":{"eventSource":"aws:sqs"},"messageId":"${marker}"}]}`,
  `{"Records":{"length":1000000000}}`,
  `{"Records":[null,1,"${marker}",[]]}`,
  `{"version":"2.0","rawPath":{"__proto__":{"polluted":"${marker}"}}}`,
  `{"requestContext":{"__proto__":{"http":{"method":"GET"}}}}`,
  '{"":""}',
  '[]',
  'null',
  '""',
  '0',
  'true',
];

/** A hostile payload (prototype keys, shadowing keys, wrong shapes), or a huge or deeply nested one. */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileTexts).map((text) => JSON.parse(text) as unknown),
  fc.constant(null).map(() => deepArray()),
  fc.constant(null).map(() => deepObject()),
  fc.constant(null).map(() => ({ Records: [{ body: hugeString }], detail: hugeString })),
);

/** Any JSON value, strings in full Unicode (lone surrogates included), the marker among them. */
export const jsonArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }),
  fc.dictionary(fc.string(), fc.oneof(fc.constant(marker), fc.jsonValue({ maxDepth: 2 }))),
);
