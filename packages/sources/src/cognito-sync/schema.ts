import * as z from 'zod/mini';

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
