// A receipt rule's Lambda action (RequestResponse): mail that failed the spam, virus or DMARC check stops
// the rule set, so the rule's later actions (store in S3, notify) never see it; other mail continues.
import { router } from '@switchboard/core';
import { ses, toSesDisposition } from '@switchboard/sources/ses';

export const handler = router().on(ses, async (event) => {
  for (const { ses: email } of event.Records) {
    const { spamVerdict, virusVerdict, dmarcVerdict } = email.receipt;
    if ([spamVerdict, virusVerdict, dmarcVerdict].some((verdict) => verdict?.status === 'FAIL')) {
      console.log('dropped', email.mail.messageId, email.mail.commonHeaders.subject);
      return toSesDisposition('STOP_RULE_SET');
    }
  }
  return toSesDisposition('CONTINUE');
}).handler;
