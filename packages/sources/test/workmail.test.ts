import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { sesReference } from '@switchboard/sources/ses';
import {
  toWorkmailActions,
  toWorkmailBounce,
  toWorkmailDefault,
  workmail,
  workmailReference,
} from '@switchboard/sources/workmail';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('workmail', () => {
  it('detects its own sample as workmail only, and the sample passes the schema', () => {
    const sample = workmailReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: workmailReference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([workmailReference]);
    expect(checkEvent(workmailReference, sample)).toEqual([]);
  });

  it('accepts the sender set when mail is sent on behalf of another user', () => {
    expect(
      checkEvent(workmailReference, {
        ...workmailReference.sample(),
        sender: { address: 'assistant@corp.example.com' },
      }),
    ).toEqual([]);
  });

  it.each([
    ['an SES receipt event', sesReference.sample()],
    ['a summary without envelope', { ...workmailReference.sample(), envelope: undefined }],
    ['an envelope without summaryVersion', { envelope: {} }],
  ])('does not claim %s', (_name, event) => {
    expect(workmail.detect(event)).toBe(false);
  });

  it('builds per-recipient and all-recipient actions in order', () => {
    const answer = toWorkmailActions([
      { type: 'DROP', recipients: ['drop-recipient@example.com'] },
      { type: 'BOUNCE', recipients: ['legal@example.com'], bounceMessage: 'Not accepted.' },
      { type: 'DEFAULT' },
    ]);
    expect(answer).toEqual({
      actions: [
        { action: { type: 'DROP' }, recipients: ['drop-recipient@example.com'] },
        {
          action: { type: 'BOUNCE', parameters: { bounceMessage: 'Not accepted.' } },
          recipients: ['legal@example.com'],
        },
        { action: { type: 'DEFAULT' }, allRecipients: true },
      ],
    });
    for (const built of [answer, toWorkmailDefault(), toWorkmailBounce('Email in breach of company policy.')]) {
      expect(checkResponse(workmailReference, built)).toEqual([]);
    }
  });

  it('refuses an action for nobody, an unknown action type, and more than 10 actions', () => {
    expect(checkResponse(workmailReference, { actions: [{ action: { type: 'DROP' } }] })).toEqual([
      { path: 'actions[0]', message: 'An action applies to `recipients` or to all recipients (`allRecipients: true`)' },
    ]);
    expect(
      checkResponse(workmailReference, { actions: [{ action: { type: 'DELETE' }, allRecipients: true }] }),
    ).not.toEqual([]);
    const eleven = toWorkmailActions(
      Array.from({ length: 11 }, (_, i) => ({ type: 'DROP' as const, recipients: [`u${i}@example.com`] })),
    );
    expect(checkResponse(workmailReference, eleven)).not.toEqual([]);
  });

  it('lets an asynchronous rule answer nothing, even with answer validation on', async () => {
    const app = router({ validateResponse: true }).on(workmailReference, async () => {});
    await expect(app.handler(workmailReference.sample(), context)).resolves.toBeUndefined();
  });
});
