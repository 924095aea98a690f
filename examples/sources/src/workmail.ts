// A synchronous Run Lambda action of an inbound email flow rule: mail from partner domains skips the
// spam check, everything else is delivered as WorkMail's other rules decide.
import { router } from '@switchboard/core';
import { toWorkmailActions, toWorkmailDefault, workmail } from '@switchboard/sources/workmail';

const partnerDomains = new Set(['example.com', 'example.org']);

export const handler = router().on(workmail, async (event) => {
  const domain = event.envelope.mailFrom.address.split('@')[1] ?? '';
  if (event.flowDirection === 'INBOUND' && partnerDomains.has(domain)) {
    return toWorkmailActions([{ type: 'BYPASS_SPAM_CHECK' }]);
  }
  return toWorkmailDefault();
}).handler;
