import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router, SwitchboardError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { cognitoSync, toCognitoSyncAnswer, toCognitoSyncRecords } from '@switchboard/sources/cognito-sync';
import { cognitoUserPool } from '@switchboard/sources/cognito-user-pool';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('cognito-sync', () => {
  it('detects its sample as cognito-sync only, and the sample passes the schema', () => {
    const sample = cognitoSync.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cognitoSync, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([cognitoSync]);
    expect(checkEvent(cognitoSync, sample)).toEqual([]);
  });

  it('builds replace and remove records from plain values, and the answer passes the response schema', async () => {
    expect(toCognitoSyncRecords({ level: '13', tutorialHint: null })).toEqual({
      datasetRecords: { level: { newValue: '13', op: 'replace' }, tutorialHint: { newValue: null, op: 'remove' } },
    });
    const app = router({ validateResponse: true }).on(cognitoSync, async () =>
      toCognitoSyncRecords({ level: '13', badge: 'gold' }),
    );
    const answer = await app.handler(cognitoSync.sample(), context);
    expect(checkResponse(cognitoSync, answer)).toEqual([]);
  });

  it('merges returned records over the event, record by record, and sends the others back as received', () => {
    const event = cognitoSync.sample();
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
    const event = cognitoSync.sample();
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
    expect(() => toCognitoSyncAnswer(bogus, cognitoSync.sample())).toThrow(SwitchboardError);
  });

  it.each([
    ['a user pool trigger', cognitoUserPool.sample()],
    ['another eventType', { ...cognitoSync.sample(), eventType: 'SyncStarted' }],
    ['datasetRecords that are not an object', { ...cognitoSync.sample(), datasetRecords: 'x' }],
  ])('does not claim %s', (_name, event) => {
    expect(cognitoSync.detect(event)).toBe(false);
  });
});
