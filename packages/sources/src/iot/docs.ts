import type { SourceDocs } from '@switchboard/core';

/** What the docs say of IoT Core: the `iot` reference's docs, and the defaults of every `iotRule` source. */
export const iotDocs: SourceDocs = {
  service: 'AWS IoT Core',
  summary:
    "A topic rule's Lambda action invokes the function asynchronously with whatever the rule's SQL `SELECT` produces, so no built-in detector can tell it from any other JSON. Mount it as a user-defined source: `iotRule({ id: 'iot-button', match: (e) => typeof e === 'object' && e !== null && 'clickType' in e, schema })` builds one with `defineSource`, the road every built-in source takes, and `router().on(button, handler)` mounts it.",
  detection:
    'Never by a built-in detector: each `iotRule` source claims the events its own `match` accepts, which should test fields that only that rule selects.',
  retries:
    "Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. When the rule cannot invoke the function at all, the rule's error action (if any) receives the message.",
  limits: [
    {
      name: 'Message size',
      value: '128 KB per MQTT message',
      link: 'https://docs.aws.amazon.com/general/latest/gr/iot-core.html',
    },
    {
      name: 'Asynchronous retries',
      value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
      link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    },
  ],
  links: [
    { title: 'Using Lambda with AWS IoT', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-iot.html' },
    {
      title: 'Lambda rule action',
      url: 'https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html',
    },
  ],
};
