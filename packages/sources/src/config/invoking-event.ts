/**
 * Reading a Config rule's invoking event without a schema: its variant, its
 * message type, and the fields an evaluation needs. The validating decoder
 * (`decodeConfigInvokingEvent`) is in `decode.ts`.
 */
import { formatPath, ValidationError } from '@switchboard/core';
import type { ConfigEvent } from './schema.js';

/**
 * Variant names by the invoking event's `messageType`: the trigger types a
 * rule's SourceDetail can name.
 * @see https://docs.aws.amazon.com/config/latest/APIReference/API_SourceDetail.html
 */
export const configVariantsByMessageType = {
  ConfigurationItemChangeNotification: 'configuration-item-change',
  OversizedConfigurationItemChangeNotification: 'oversized-configuration-item-change',
  ScheduledNotification: 'scheduled',
  ConfigurationSnapshotDeliveryCompleted: 'configuration-snapshot-delivery-completed',
} as const;

export type ConfigMessageType = keyof typeof configVariantsByMessageType;
export type ConfigVariant = (typeof configVariantsByMessageType)[ConfigMessageType];

function isKnownMessageType(value: unknown): value is ConfigMessageType {
  return typeof value === 'string' && Object.hasOwn(configVariantsByMessageType, value);
}

// One parse per event: variantOf (when variant handlers are mounted), the handler's
// decode and the evaluation builder share it. Keyed weakly by the event; the text is compared in case it was replaced.
const parsed = new WeakMap<object, { readonly text: string; readonly value: unknown }>();

function parseInvokingEvent(event: Pick<ConfigEvent, 'invokingEvent'>): unknown {
  const known = parsed.get(event);
  if (known !== undefined && known.text === event.invokingEvent) return known.value;
  const value: unknown = JSON.parse(event.invokingEvent);
  parsed.set(event, { text: event.invokingEvent, value });
  return value;
}

/** The variant of a Config rule event, from its invoking event's `messageType`; undefined when unreadable. */
export function configVariantOf(event: Pick<ConfigEvent, 'invokingEvent'>): ConfigVariant | undefined {
  let value: unknown;
  try {
    value = parseInvokingEvent(event);
  } catch {
    return undefined;
  }
  const messageType = typeof value === 'object' && value !== null ? Reflect.get(value, 'messageType') : undefined;
  return isKnownMessageType(messageType) ? configVariantsByMessageType[messageType] : undefined;
}

function invalid(path: readonly PropertyKey[], message: string): ValidationError {
  return new ValidationError('config', 'event', [{ path: formatPath(['invokingEvent', ...path]), message }]);
}

/** A parsed invoking event of a known message type, not yet checked beyond that. */
export interface ConfigInvokingEventObject {
  readonly messageType: ConfigMessageType;
  readonly value: Record<string, unknown>;
}

/**
 * Parses the event's `invokingEvent` (once per event, shared with
 * `variantOf`) and reads its `messageType`. No schema: the decoder and the
 * evaluation builder check what they need.
 *
 * @throws ValidationError when the string is not JSON or names an unknown `messageType`.
 */
export function readInvokingEvent(event: Pick<ConfigEvent, 'invokingEvent'>): ConfigInvokingEventObject {
  let value: unknown;
  try {
    value = parseInvokingEvent(event);
  } catch {
    throw invalid([], 'expected a JSON string');
  }
  const messageType = typeof value === 'object' && value !== null ? Reflect.get(value, 'messageType') : undefined;
  if (!isKnownMessageType(messageType)) {
    throw invalid(['messageType'], `expected one of ${Object.keys(configVariantsByMessageType).join(', ')}`);
  }
  return { messageType, value: value as Record<string, unknown> };
}

/**
 * Reads a string field the evaluation needs (`path` inside the invoking
 * event), with the same issue a schema check would report when it is missing.
 */
export function invokingEventString(value: Record<string, unknown>, path: readonly [string, string?]): string {
  const [first, second] = path;
  const outer = value[first];
  const field =
    second === undefined ? outer : typeof outer === 'object' && outer !== null ? Reflect.get(outer, second) : undefined;
  if (typeof field === 'string') return field;
  if (second !== undefined && (typeof outer !== 'object' || outer === null)) throw invalid([first], 'expected object');
  throw invalid(second === undefined ? [first] : [first, second], 'expected string');
}

/**
 * Decodes the rule's `ruleParameters` JSON string (the rule's input
 * parameters); an empty object when the rule has none.
 *
 * @example
 * const { maxAgeDays = '90' } = decodeConfigRuleParameters(event)
 * @throws ValidationError when the string is not a JSON object.
 * @see https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigRule.html
 */
export function decodeConfigRuleParameters(event: Pick<ConfigEvent, 'ruleParameters'>): Record<string, unknown> {
  if (event.ruleParameters === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(event.ruleParameters);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError('config', 'event', [{ path: 'ruleParameters', message: 'expected a JSON object' }]);
  }
  return value as Record<string, unknown>;
}
