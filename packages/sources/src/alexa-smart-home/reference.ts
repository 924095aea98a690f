import { describeSource } from '@switchboard/core';
import { sampleAlexaSmartHomeEvent } from './sample.js';
import { alexaSmartHomeEventSchema, alexaSmartHomeResponseSchema } from './schema.js';
import { alexaSmartHome } from './source.js';

/** `alexaSmartHome` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const alexaSmartHomeReference = describeSource(alexaSmartHome, {
  schema: alexaSmartHomeEventSchema,
  response: alexaSmartHomeResponseSchema,
  sample: sampleAlexaSmartHomeEvent,
  docs: {
    service: 'Amazon Alexa (Smart Home Skill API)',
    summary:
      "Alexa sends a smart home skill's directives (discovery, power, brightness, state reports...) to its Lambda function and acts on the answer. API v3 directives arrive in a `directive` envelope and are answered with an `event` and optional `context`; legacy API v2 directives (deprecated) have `header` and `payload` at the top level and are answered in kind. The variant is the API version.",
    detection:
      '`directive.header.namespace` starts with `Alexa` (v3), or a top-level `header.namespace` starts with `Alexa.ConnectedHome.` beside a `payload` object (v2).',
    retries:
      'None: the user waits. A thrown error or a timeout makes Alexa say the device is not responding; answer an `Alexa.ErrorResponse` (toAlexaSmartHomeError) to tell the user why instead.',
    limits: [
      { name: 'Answer time', value: '8 seconds for a synchronous answer; longer operations answer DeferredResponse' },
      {
        name: 'Invocation payload',
        value: '6 MB (Lambda synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      { title: 'Using Lambda with Alexa', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html' },
    ],
  },
});
