import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { connect, connectReference, toConnectResult } from '@switchboard/sources/connect';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('connect', () => {
  it('detects its own sample as connect only, and the sample passes the schema', () => {
    const sample = connectReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: connectReference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([connectReference]);
    expect(checkEvent(connectReference, sample)).toEqual([]);
  });

  it.each([
    ['a Name other than ContactFlowEvent', { ...connectReference.sample(), Name: 'ContactFlowExecution' }],
    ['Details without ContactData', { Name: 'ContactFlowEvent', Details: { Parameters: {} } }],
    [
      'ContactData at the top level',
      { Name: 'ContactFlowEvent', ContactData: connectReference.sample().Details.ContactData },
    ],
  ])('does not claim %s', (_name, event) => {
    expect(connect.detect(event)).toBe(false);
  });

  it('accepts a chat contact without endpoints, queue or media streams', () => {
    const { ContactData } = connectReference.sample().Details;
    const { MediaStreams: _unused, ...chat } = { ...ContactData, Channel: 'CHAT', CustomerEndpoint: null, Queue: null };
    expect(
      checkEvent(connectReference, { ...connectReference.sample(), Details: { ContactData: chat, Parameters: {} } }),
    ).toEqual([]);
  });

  it('writes numbers and booleans as text and leaves null and undefined out', () => {
    const answer = toConnectResult({ Name: 'Jane Doe', Balance: 1024.5, IsVip: true, Agent: null, Note: undefined });
    expect(answer).toEqual({ Name: 'Jane Doe', Balance: '1024.5', IsVip: 'true' });
    expect(checkResponse(connectReference, answer)).toEqual([]);
  });

  it('refuses nested and non-string values, which a string-map block cannot read', () => {
    expect(checkResponse(connectReference, { Address: { City: 'Seattle' } })).toEqual([
      { path: 'Address', message: 'expected string' },
    ]);
    expect(checkResponse(connectReference, { Count: 3 })).toEqual([{ path: 'Count', message: 'expected string' }]);
  });

  it('answers through a router with the block parameters in hand', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(connectReference, async (event) =>
      toConnectResult({ Lookup: event.Details.Parameters.accountLookup, Channel: event.Details.ContactData.Channel }),
    );
    await expect(app.handler(connectReference.sample(), context)).resolves.toEqual({
      Lookup: 'true',
      Channel: 'VOICE',
    });
  });
});
