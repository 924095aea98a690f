import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router, SwitchboardError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  cognitoSync,
  cognitoSyncReference,
  toCognitoSyncAnswer,
  toCognitoSyncRecords,
} from '@switchboard/sources/cognito-sync';
import { cognitoUserPoolReference } from '@switchboard/sources/cognito-user-pool';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('cognito-sync', () => {
  it('detects its sample as cognito-sync only, and the sample passes the schema', () => {
    const sample = cognitoSyncReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cognitoSyncReference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([cognitoSyncReference]);
    expect(checkEvent(cognitoSyncReference, sample)).toEqual([]);
  });

  it('builds replace and remove records from plain values, and the answer passes the response schema', async () => {
    expect(toCognitoSyncRecords({ level: '13', tutorialHint: null })).toEqual({
      datasetRecords: { level: { newValue: '13', op: 'replace' }, tutorialHint: { newValue: null, op: 'remove' } },
    });
    const app = router({ validateResponse: true }).on(cognitoSyncReference, async () =>
      toCognitoSyncRecords({ level: '13', badge: 'gold' }),
    );
    const answer = await app.handler(cognitoSyncReference.sample(), context);
    expect(checkResponse(cognitoSyncReference, answer)).toEqual([]);
  });

  it('merges returned records over the event, record by record, and sends the others back as received', () => {
    const event = cognitoSyncReference.sample();
    const answer = toCognitoSyncAnswer(toCognitoSyncRecords({ level: '13', badge: 'gold' }), event);
    expect(answer).toEqual({
      ...event,
      datasetRecords: {
        ...event.datasetRecords,
        level: { oldValue: '11', newValue: '13', op: 'replace' },
        badge: { newValue: 'gold', op: 'replace' },
      },
    });
    expect(event.datasetRecords.level).toEqual({ oldValue: '11', newValue: '12', op: 'replace' });
  });

  it('passes a whole returned event through, and sends the event back when the handler returns nothing', async () => {
    const event = cognitoSyncReference.sample();
    const edited = { ...event, datasetRecords: {} };
    await expect(
      router()
        .on(cognitoSync, async () => edited)
        .handler(event, context),
    ).resolves.toBe(edited);
    await expect(
      router()
        .on(cognitoSync, async () => {})
        .handler(event, context),
    ).resolves.toBe(event);
  });

  it('throws INVALID_ANSWER for an answer without datasetRecords', () => {
    const bogus = { records: {} } as unknown as Parameters<typeof toCognitoSyncAnswer>[0];
    expect(() => toCognitoSyncAnswer(bogus, cognitoSyncReference.sample())).toThrow(SwitchboardError);
  });

  it.each([
    ['a user pool trigger', cognitoUserPoolReference.sample()],
    ['another eventType', { ...cognitoSyncReference.sample(), eventType: 'SyncStarted' }],
    ['datasetRecords that are not an object', { ...cognitoSyncReference.sample(), datasetRecords: 'x' }],
  ])('does not claim %s', (_name, event) => {
    expect(cognitoSync.detect(event)).toBe(false);
  });
});
