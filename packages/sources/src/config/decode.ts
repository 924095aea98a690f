/**
 * The validating decoder of a Config rule's invoking event. It checks the
 * decoded object against the schema of its message type, so it lives apart
 * from the runtime source: a function that mounts `config` and never calls
 * it carries no schema.
 */
import { listIssues, ValidationError } from '@switchboard/core';
import type * as z from 'zod/mini';
import { type ConfigMessageType, readInvokingEvent } from './invoking-event.js';
import {
  type ConfigEvent,
  type ConfigInvokingEvent,
  configItemChangeSchema,
  configOversizedItemChangeSchema,
  configScheduledSchema,
  configSnapshotDeliveredSchema,
} from './schema.js';

const schemaByMessageType: Readonly<Record<ConfigMessageType, z.ZodMiniType>> = {
  ConfigurationItemChangeNotification: configItemChangeSchema,
  OversizedConfigurationItemChangeNotification: configOversizedItemChangeSchema,
  ScheduledNotification: configScheduledSchema,
  ConfigurationSnapshotDeliveryCompleted: configSnapshotDeliveredSchema,
};

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
  const { messageType, value } = readInvokingEvent(event);
  const issues = listIssues(schemaByMessageType[messageType], value, ['invokingEvent']);
  if (issues.length > 0) throw new ValidationError('config', 'event', issues);
  return value as ConfigInvokingEvent;
}
