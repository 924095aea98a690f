// The Lambda handler of an AppSync Events channel namespace: published messages that look like spam
// are dropped (the publisher is told why) and the others broadcast; nobody subscribes to /chat/admin.
import { router } from '@switchboard/core';
import {
  appsyncEvents,
  toAppsyncEventsError,
  toAppsyncEventsEventError,
  toAppsyncEventsPublishResult,
} from '@switchboard/sources/appsync-events';

const spam = /\b(free money|click here)\b/i;

export const handler = router()
  .on(appsyncEvents.variant('publish'), async (event) =>
    toAppsyncEventsPublishResult(
      event.events.map(({ id, payload }) =>
        spam.test(JSON.stringify(payload)) ? toAppsyncEventsEventError(id, 'Looks like spam') : { id, payload },
      ),
    ),
  )
  .on(appsyncEvents.variant('subscribe'), async (event) =>
    event.info.channel.segments[1] === 'admin' ? toAppsyncEventsError('Not allowed') : null,
  ).handler;
