// Routes order events from an SNS topic by their `eventType` message attribute. SNS invokes the
// function asynchronously: the answer is ignored, and a throw makes Lambda retry the notification.
import { router } from '@switchboard/core';
import { sns } from '@switchboard/sources/sns';

export const handler = router().on(sns, async (event) => {
  for (const { Sns: message } of event.Records) {
    const type = message.MessageAttributes?.eventType?.Value ?? 'unknown';
    const order: unknown = JSON.parse(message.Message);
    console.log(`${type} "${message.Subject ?? ''}" from ${message.TopicArn}`, order);
  }
}).handler;
