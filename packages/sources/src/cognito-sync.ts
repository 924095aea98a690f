import { defineSource, SwitchboardError } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/**
 * One record of a synchronised dataset: `replace` for records the app user
 * updated (or that are unchanged), `remove` for deleted ones.
 */
const cognitoSyncRecordSchema = z.object({
  oldValue: z.optional(z.nullable(z.string())),
  newValue: z.optional(z.nullable(z.string())),
  op: z.enum(['replace', 'remove']),
});

/**
 * The Sync Trigger event of (legacy) Amazon Cognito Sync: every record of
 * the dataset being synchronised, keyed by record key.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export const cognitoSyncEventSchema = z.object({
  version: z.number(),
  eventType: z.literal('SyncTrigger'),
  region: z.string(),
  identityPoolId: z.string(),
  identityId: z.string(),
  datasetName: z.string(),
  datasetRecords: z.record(z.string(), cognitoSyncRecordSchema),
});

/** Cognito Sync reads the event back in the same format, with `datasetRecords` as the function left them. */
export const cognitoSyncResponseSchema = cognitoSyncEventSchema;

export type CognitoSyncEvent = z.output<typeof cognitoSyncEventSchema>;
export type CognitoSyncRecord = z.output<typeof cognitoSyncRecordSchema>;
/** What a handler returns: the records to change, the whole event, or nothing (the event goes back unchanged). */
export type CognitoSyncResult = { datasetRecords: Record<string, CognitoSyncRecord> } | CognitoSyncEvent;

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
export const cognitoSync = defineSource({
  id: 'cognito-sync',
  invocation: 'sync',
  // `eventType: "SyncTrigger"` names the Cognito Sync event (cognito-events.html);
  // no other caller sends `datasetRecords`. User pool triggers have `triggerSource` instead.
  detect: (event) => isObject(event) && event.eventType === 'SyncTrigger' && isObject(event.datasetRecords),
  schema: cognitoSyncEventSchema,
  response: cognitoSyncResponseSchema,
  toResult: (result: CognitoSyncResult | undefined, event) => toCognitoSyncAnswer(result, event),
  sample: sampleCognitoSyncEvent,
  docs: {
    service: 'Amazon Cognito Sync',
    summary:
      'The legacy Cognito Sync service invokes its Sync Trigger when an identity synchronises a dataset, and stores the records the function returns. The handler returns the records to change (`toCognitoSyncRecords`), the whole event, or nothing; AWS recommends AWS AppSync for new applications.',
    detection: 'The event has `eventType` "SyncTrigger" and a `datasetRecords` object.',
    retries:
      'None: the UpdateRecords call waits for the function. An error fails the sync, a function slower than 5 seconds fails it with LambdaSocketTimeoutException, and a throttled one with LambdaThrottledException, which the client should retry.',
    limits: [
      {
        name: 'Response time',
        value: '5 seconds during UpdateRecords, not configurable',
        link: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html',
      },
    ],
    links: [
      {
        title: 'Amazon Cognito Events',
        url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html',
      },
      {
        title: 'Amazon Cognito Sync',
        url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sync.html',
      },
    ],
  },
});

function sampleCognitoSyncEvent(): CognitoSyncEvent {
  return {
    version: 2,
    eventType: 'SyncTrigger',
    region: 'us-east-1',
    identityPoolId: 'us-east-1:7f3c2a9e-5b14-4e8d-a6c0-91d2e3f4b5a6',
    identityId: 'us-east-1:0c8e4f12-3a6b-47d9-b2e5-6f1a9c3d7e80',
    datasetName: 'game-progress',
    datasetRecords: {
      level: { oldValue: '11', newValue: '12', op: 'replace' },
      lastCheckpoint: { oldValue: 'forest-gate', newValue: 'river-crossing', op: 'replace' },
      tutorialHint: { oldValue: 'jump', newValue: null, op: 'remove' },
    },
  };
}
