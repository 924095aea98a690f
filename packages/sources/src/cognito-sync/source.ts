import { runtimeSource, SwitchboardError, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { CognitoSyncEvent, CognitoSyncRecord, CognitoSyncResult } from './schema.js';

/**
 * Records to change, from plain values: a string replaces the record's
 * value (or adds the record), `null` removes it.
 *
 * @example
 * router().on(cognitoSync, async (event) => toCognitoSyncRecords({ level: '5', checkpoint: null }))
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export function toCognitoSyncRecords(values: Readonly<Record<string, string | null>>): {
  datasetRecords: Record<string, CognitoSyncRecord>;
} {
  const datasetRecords: Record<string, CognitoSyncRecord> = {};
  for (const [key, value] of Object.entries(values)) {
    datasetRecords[key] = value === null ? { newValue: null, op: 'remove' } : { newValue: value, op: 'replace' };
  }
  return { datasetRecords };
}

/**
 * The event Cognito Sync reads back. Nothing returns the event as received;
 * an object with `eventType` is a whole event and is sent as it is; else the
 * returned `datasetRecords` are merged over the event's, record by record, so
 * records the handler leaves out go back as received (Cognito would
 * otherwise drop the user's change to them). To reject a change, return the
 * record with its old value.
 *
 * @example
 * toCognitoSyncAnswer({ datasetRecords: { level: { newValue: '5', op: 'replace' } } }, event)
 * @throws SwitchboardError `INVALID_ANSWER` when the handler returned something other than an object or nothing.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export function toCognitoSyncAnswer(result: CognitoSyncResult | undefined, event: CognitoSyncEvent): CognitoSyncEvent {
  if (result === undefined || result === null) return event;
  if (!isObject(result) || !isObject(result.datasetRecords)) {
    throw new SwitchboardError(
      'INVALID_ANSWER',
      'A cognito-sync handler returns { datasetRecords }, the whole event or nothing',
    );
  }
  if ('eventType' in result) return result;
  const datasetRecords = { ...event.datasetRecords };
  for (const [key, record] of Object.entries(result.datasetRecords)) {
    datasetRecords[key] = { ...datasetRecords[key], ...record };
  }
  return { ...event, datasetRecords };
}

/**
 * Amazon Cognito Sync: the Sync Trigger runs when an identity synchronises a
 * dataset, and may change the records before they are stored.
 *
 * @example
 * router().on(cognitoSync, async (event) =>
 *   event.datasetRecords.score ? toCognitoSyncRecords({ badge: 'gold' }) : undefined)
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export const cognitoSync = runtimeSource<CognitoSyncEvent, CognitoSyncResult | undefined>()({
  id: 'cognito-sync',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // `eventType: "SyncTrigger"` names the Cognito Sync event (cognito-events.html);
  // no other caller sends `datasetRecords`. User pool triggers have `triggerSource` instead.
  detect: (event) => isObject(event) && event.eventType === 'SyncTrigger' && isObject(event.datasetRecords),
  toResult: (result: CognitoSyncResult | undefined, event) => toCognitoSyncAnswer(result, event),
});
