// A custom AWS Config rule: a changed resource must carry the tag the rule's parameters name. The
// compliance returned is put with PutEvaluations (a resource out of the rule's scope is NOT_APPLICABLE).
import { router } from '@switchboard/core';
import { config, decodeConfigInvokingEvent, decodeConfigRuleParameters } from '@switchboard/sources/config';

export const handler = router().on(config, async (event) => {
  const invoking = decodeConfigInvokingEvent(event);
  if (invoking.messageType !== 'ConfigurationItemChangeNotification') return 'NOT_APPLICABLE';
  const requiredTag = String(decodeConfigRuleParameters(event).requiredTag ?? 'team');
  const tags = invoking.configurationItem.tags ?? {};
  if (requiredTag in tags) return 'COMPLIANT';
  return { compliance: 'NON_COMPLIANT', annotation: `The ${requiredTag} tag is missing` };
}).handler;
