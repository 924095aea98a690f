import { defineSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { sampleAlexaSmartHomeEvent } from './sample.js';
import { alexaSmartHomeEventSchema, alexaSmartHomeResponseSchema } from './schema.js';

export {
  type AlexaSmartHomeAnswerOptions,
  toAlexaSmartHomeError,
  toAlexaSmartHomeResponse,
  toAlexaSmartHomeV2Response,
} from './respond.js';
export {
  type AlexaSmartHomeEvent,
  type AlexaSmartHomeProperty,
  type AlexaSmartHomeResult,
  type AlexaSmartHomeV2Event,
  type AlexaSmartHomeV2Result,
  type AlexaSmartHomeV3Event,
  type AlexaSmartHomeV3Result,
  alexaSmartHomeEventSchema,
  alexaSmartHomePropertySchema,
  alexaSmartHomeResponseSchema,
  alexaSmartHomeV2EventSchema,
  alexaSmartHomeV2ResponseSchema,
  alexaSmartHomeV3EventSchema,
  alexaSmartHomeV3ResponseSchema,
} from './schema.js';

/** The `header.namespace` of a message, when `holder` has a header with one. */
function namespaceOf(holder: unknown): string | undefined {
  if (!isObject(holder) || !isObject(holder.header)) return undefined;
  return typeof holder.header.namespace === 'string' ? holder.header.namespace : undefined;
}

/**
 * API v3 wraps every directive in `directive`, whose header namespace is
 * always an `Alexa` interface (`Alexa`, `Alexa.Discovery`,
 * `Alexa.PowerController`...). API v2 sends the header at the top level, in
 * an `Alexa.ConnectedHome.*` namespace (corpus: events/sam/alexa-smart-home/).
 * Custom skills send a `request` and are never matched.
 * @see https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html
 */
function isAlexaSmartHomeEvent(event: unknown): boolean {
  if (!isObject(event)) return false;
  if (event.directive !== undefined) return namespaceOf(event.directive)?.startsWith('Alexa') === true;
  return namespaceOf(event)?.startsWith('Alexa.ConnectedHome.') === true && isObject(event.payload);
}

/**
 * Amazon Alexa: a smart home skill whose endpoint is a Lambda function.
 *
 * @example
 * router().on(alexaSmartHome, async (event) => ('directive' in event ? toAlexaSmartHomeResponse(event) : toAlexaSmartHomeV2Response(event, 'TurnOnConfirmation')))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export const alexaSmartHome = defineSource({
  id: 'alexa-smart-home',
  invocation: 'sync',
  detect: isAlexaSmartHomeEvent,
  schema: alexaSmartHomeEventSchema,
  response: alexaSmartHomeResponseSchema,
  variants: ['v3', 'v2'],
  variantOf: (event) => ('directive' in event ? 'v3' : 'v2'),
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
