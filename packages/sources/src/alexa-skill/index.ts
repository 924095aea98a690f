import { defineSource } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { sampleAlexaSkillEvent } from './sample.js';
import { type AlexaSkillResult, alexaSkillEventSchema, alexaSkillResponseSchema } from './schema.js';

export {
  type AlexaSpeechOptions,
  toAlexaDelegate,
  toAlexaEmptyResponse,
  toAlexaSpeech,
  toAlexaSsml,
} from './respond.js';
export {
  type AlexaCard,
  type AlexaDirective,
  type AlexaIntent,
  type AlexaOutputSpeech,
  type AlexaSkillEvent,
  type AlexaSkillResult,
  alexaCardSchema,
  alexaIntentSchema,
  alexaOutputSpeechSchema,
  alexaSkillEventSchema,
  alexaSkillResponseSchema,
} from './schema.js';

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
export const alexaSkill = defineSource<
  'alexa-skill',
  typeof alexaSkillEventSchema,
  typeof alexaSkillResponseSchema,
  AlexaSkillResult,
  AlexaSkillVariant
>({
  id: 'alexa-skill',
  invocation: 'sync',
  detect: isAlexaSkillEvent,
  schema: alexaSkillEventSchema,
  response: alexaSkillResponseSchema,
  variants: ['LaunchRequest', 'IntentRequest', 'SessionEndedRequest', 'CanFulfillIntentRequest'],
  openVariants: true,
  variantOf: (event) => event.request.type,
  sample: sampleAlexaSkillEvent,
  docs: {
    service: 'Amazon Alexa (Alexa Skills Kit)',
    summary:
      "Alexa sends each request of a custom skill (launch, intent, session end, AudioPlayer and other interface requests) to the skill's Lambda endpoint and speaks, shows or plays what the answer says. Each `request.type` is a variant; types beyond the standard four mount by their exact name.",
    detection:
      'A string `version` and a `request` object with string `type` and `requestId`; the variant is `request.type`.',
    retries:
      'None: the user waits. A thrown error, an invalid answer or a timeout makes Alexa tell the user the skill could not respond, and Alexa then sends a SessionEndedRequest with reason ERROR.',
    limits: [
      { name: 'Answer time', value: '8 seconds; a slower skill gets an error spoken on its behalf' },
      { name: 'Answer size', value: '24 KB for the whole response; 8,000 characters of output speech' },
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
