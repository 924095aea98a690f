import { describeSource } from '@switchboard/core';
import { type CognitoSyncEvent, cognitoSyncEventSchema, cognitoSyncResponseSchema } from './schema.js';
import { cognitoSync } from './source.js';

/** `cognitoSync` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const cognitoSyncReference = describeSource(cognitoSync, {
  schema: cognitoSyncEventSchema,
  response: cognitoSyncResponseSchema,
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
