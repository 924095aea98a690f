import { SwitchboardError } from '@switchboard/core';
import type { DynamodbAttributeValue } from '@switchboard/sources/dynamodb';

/** A DynamoDB item as plain JavaScript values. */
export type UnmarshalledItem = Record<string, unknown>;

/**
 * Turns a DynamoDB Streams image (typed JSON: `{ "N": "42" }`) into plain
 * values, as `@aws-sdk/util-dynamodb`'s `unmarshall` does: `N` → number,
 * `B` → bytes, `SS`/`NS`/`BS` → `Set`, `L` → array, `M` → object. A number a
 * double cannot hold exactly throws (the record fails) rather than being rounded.
 *
 * @example
 * const order = unmarshall(record.dynamodb.NewImage ?? {})
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html
 */
export function unmarshall(image: Readonly<Record<string, DynamodbAttributeValue>>): UnmarshalledItem {
  return toItem(image as Readonly<Record<string, AttributeValue>>);
}

// The schema's type, spelled out: its recursion does not survive declaration emit.
type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: boolean }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

function toItem(image: Readonly<Record<string, AttributeValue>>): UnmarshalledItem {
  const item: UnmarshalledItem = {};
  for (const name in image) {
    const value = toValue(image[name] as AttributeValue);
    // An attribute named `__proto__` is data: assigning it would make it the item's prototype.
    if (name === '__proto__')
      Object.defineProperty(item, name, { value, enumerable: true, writable: true, configurable: true });
    else item[name] = value;
  }
  return item;
}

function toValue(attribute: AttributeValue): unknown {
  if ('S' in attribute) return attribute.S;
  if ('N' in attribute) return toNumber(attribute.N);
  if ('BOOL' in attribute) return attribute.BOOL;
  if ('NULL' in attribute) return null;
  if ('M' in attribute) return toItem(attribute.M);
  if ('L' in attribute) return attribute.L.map(toValue);
  if ('B' in attribute) return toBytes(attribute.B);
  if ('SS' in attribute) return new Set(attribute.SS);
  if ('NS' in attribute) return new Set(attribute.NS.map(toNumber));
  if ('BS' in attribute) return new Set(attribute.BS.map(toBytes));
  throw new SwitchboardError(
    'UNKNOWN_ATTRIBUTE_TYPE',
    `Unknown DynamoDB attribute type: ${Object.keys(attribute).join(', ')}`,
  );
}

function toNumber(text: string): number {
  const value = Number(text);
  // DynamoDB keeps 38 digits, a double about 15 (any safe integer written plainly). Refuse to round silently.
  const exact = plainInteger.test(text) ? Number.isSafeInteger(value) : significantDigits(text) <= 15;
  if (!Number.isFinite(value) || !exact) {
    throw new SwitchboardError('UNSAFE_NUMBER', 'A DynamoDB number does not fit a JavaScript number exactly');
  }
  return value;
}

const plainInteger = /^-?\d+$/;
// Sign and exponent, then leading and trailing zeros, are not significant digits.
const notMantissa = /^[-+]|[eE].*$|\./g;
const paddingZeros = /^0+|0+$/g;

function significantDigits(text: string): number {
  return text.replace(notMantissa, '').replace(paddingZeros, '').length;
}

function toBytes(base64: string): Uint8Array {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
