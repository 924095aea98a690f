import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { AlexaSmartHomeEvent, AlexaSmartHomeResult } from './schema.js';

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
export const alexaSmartHome = runtimeSource<AlexaSmartHomeEvent, AlexaSmartHomeResult>()({
  id: 'alexa-smart-home',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isAlexaSmartHomeEvent,
  variants: ['v3', 'v2'],
  variantOf: (event) => ('directive' in event ? 'v3' : 'v2'),
});
