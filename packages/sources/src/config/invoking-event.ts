import { formatPath, listIssues, ValidationError } from '@switchboard/core';
import type * as z from 'zod/mini';
import {
  type ConfigEvent,
  type ConfigInvokingEvent,
  configItemChangeSchema,
  configOversizedItemChangeSchema,
  configScheduledSchema,
  configSnapshotDeliveredSchema,
} from './schema.js';

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

type MessageType = keyof typeof configVariantsByMessageType;
export type ConfigVariant = (typeof configVariantsByMessageType)[MessageType];

const schemaByMessageType: Readonly<Record<MessageType, z.ZodMiniType>> = {
  ConfigurationItemChangeNotification: configItemChangeSchema,
  OversizedConfigurationItemChangeNotification: configOversizedItemChangeSchema,
  ScheduledNotification: configScheduledSchema,
  ConfigurationSnapshotDeliveryCompleted: configSnapshotDeliveredSchema,
};

function isKnownMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(configVariantsByMessageType, value);
}

// One parse per event: variantOf (when variant handlers are mounted) and the handler's
// decode share it. Keyed weakly by the event; the text is compared in case it was replaced.
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

/**
 * Decodes the event's `invokingEvent` JSON string, checked against the
 * schema of its `messageType`. The decoded object is returned as sent (no
 * key dropped), typed by message type.
 *
 * @example
 * const invoking = decodeConfigInvokingEvent(event)
 * if (invoking.messageType === 'ConfigurationItemChangeNotification') check(invoking.configurationItem)
 * @throws ValidationError when the string is not JSON, names an unknown `messageType`, or misses a field.
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export function decodeConfigInvokingEvent(event: Pick<ConfigEvent, 'invokingEvent'>): ConfigInvokingEvent {
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
  const issues = listIssues(schemaByMessageType[messageType], value, ['invokingEvent']);
  if (issues.length > 0) throw new ValidationError('config', 'event', issues);
  return value as ConfigInvokingEvent;
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
