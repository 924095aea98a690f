import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { AlexaSkillEvent, AlexaSkillResult } from './schema.js';

/**
 * Every Alexa Skills Kit request is an envelope with a `version` and a
 * `request` naming its `type` and `requestId`. Smart home skills receive
 * a `directive` (API v3) or a bare `header` (API v2) instead, and Cognito
 * triggers, which also carry `version` and `request`, have no `requestId`.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#request-format
 */
function isAlexaSkillEvent(event: unknown): boolean {
  if (!isObject(event) || typeof event.version !== 'string' || !isObject(event.request)) return false;
  return typeof event.request.type === 'string' && typeof event.request.requestId === 'string';
}

/**
 * The standard request types; any other `request.type` (`AudioPlayer.PlaybackStarted`,
 * `Connections.Response`, `Alexa.Presentation.APL.UserEvent`...) mounts by its exact name.
 */
export type AlexaSkillStandardVariant =
  | 'LaunchRequest'
  | 'IntentRequest'
  | 'SessionEndedRequest'
  | 'CanFulfillIntentRequest';
/** A standard request type, or any other exact `request.type` (the string type keeps editor completion of the standard ones). */
export type AlexaSkillVariant = AlexaSkillStandardVariant | (string & Record<never, never>);

/**
 * Amazon Alexa: a custom skill whose endpoint is a Lambda function.
 *
 * @example
 * router().on(alexaSkill.variant('LaunchRequest'), async () => toAlexaSpeech('Welcome! What is your favorite color?', { reprompt: 'Tell me your favorite color.' }))
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export const alexaSkill = runtimeSource<AlexaSkillEvent, AlexaSkillResult>()<'alexa-skill', AlexaSkillVariant>({
  id: 'alexa-skill',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isAlexaSkillEvent,
  variants: ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'CanFulfillIntentRequest'],
  openVariants: true,
  variantOf: (event) => event.request.type,
});
