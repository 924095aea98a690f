import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type SesEvent, ses, sesReference, toSesDisposition } from '@switchboard/sources/ses';
import { snsReference } from '@switchboard/sources/sns';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function withAction(action: unknown): unknown {
  const event = sesReference.sample();
  const [record] = event.Records;
  if (record === undefined) throw new Error('sample without record');
  return { Records: [{ ...record, ses: { ...record.ses, receipt: { ...record.ses.receipt, action } } }] };
}

describe('ses', () => {
  it('detects its own sample as ses only, and the sample passes the schema', () => {
    const sample = sesReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: sesReference, variant: undefined });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([sesReference]);
    expect(checkEvent(sesReference, sample)).toEqual([]);
  });

  it.each([
    ['an SNS notification (EventSource, capitalised)', snsReference.sample()],
    ['an empty batch', { Records: [] }],
    ['a record from another service', { Records: [{ eventSource: 'aws:s3' }] }],
  ])('does not claim %s', (_name, event) => {
    expect(ses.detect(event)).toBe(false);
  });

  it('accepts the receipt of any documented action type, and refuses an unknown one', () => {
    expect(
      checkEvent(sesReference, withAction({ type: 'S3', bucketName: 'inbound-mail', objectKey: 'email/abc' })),
    ).toEqual([]);
    expect(
      checkEvent(sesReference, withAction({ type: 'SNS', topicArn: 'arn:aws:sns:us-east-1:123456789012:mail' })),
    ).toEqual([]);
    expect(checkEvent(sesReference, withAction({ type: 'Forward' }))).not.toEqual([]);
  });

  it('builds each disposition, and takes null or nothing as CONTINUE', () => {
    for (const disposition of ['CONTINUE', 'STOP_RULE', 'STOP_RULE_SET'] as const) {
      expect(checkResponse(sesReference, toSesDisposition(disposition))).toEqual([]);
    }
    expect(checkResponse(sesReference, null)).toEqual([]);
    expect(checkResponse(sesReference, undefined)).toEqual([]);
    expect(checkResponse(sesReference, { disposition: 'DROP' })).not.toEqual([]);
  });

  it('stops the rule set for a failed spam verdict through a router', async () => {
    const app = router({ validateEvent: true, validateResponse: true }).on(sesReference, async (event: SesEvent) =>
      toSesDisposition(event.Records[0]?.ses.receipt.spamVerdict.status === 'FAIL' ? 'STOP_RULE_SET' : 'CONTINUE'),
    );
    await expect(app.handler(sesReference.sample(), context)).resolves.toEqual({ disposition: 'CONTINUE' });
  });
});
