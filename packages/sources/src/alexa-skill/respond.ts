import type { AlexaCard, AlexaDirective, AlexaIntent, AlexaOutputSpeech, AlexaSkillResult } from './schema.js';

/** What a speech answer may add to what Alexa says. */
export interface AlexaSpeechOptions {
  /** `true` ends the session, `false` opens the microphone; by default the session stays open iff there is a reprompt. */
  readonly endSession?: boolean;
  /** Said if the user does not answer within a few seconds (plain text). */
  readonly reprompt?: string;
  readonly card?: AlexaCard;
  /** Attributes Alexa sends back in `session.attributes` with the next request of this session. */
  readonly sessionAttributes?: Record<string, unknown>;
  readonly directives?: readonly AlexaDirective[];
}

type Response = AlexaSkillResult['response'];

function toSessionEnd(options: AlexaSpeechOptions): Pick<Response, 'shouldEndSession'> {
  if (options.endSession !== undefined) return { shouldEndSession: options.endSession };
  return options.reprompt === undefined ? {} : { shouldEndSession: false };
}

function toResult(outputSpeech: AlexaOutputSpeech, options: AlexaSpeechOptions): AlexaSkillResult {
  const response: Response = {
    outputSpeech,
    ...(options.card === undefined ? {} : { card: options.card }),
    ...(options.reprompt === undefined
      ? {}
      : { reprompt: { outputSpeech: { type: 'PlainText', text: options.reprompt } } }),
    ...(options.directives === undefined ? {} : { directives: [...options.directives] }),
    ...toSessionEnd(options),
  };
  const attributes = options.sessionAttributes === undefined ? {} : { sessionAttributes: options.sessionAttributes };
  return { version: '1.0', ...attributes, response };
}

/**
 * Says `text` (plain text).
 *
 * @example
 * return toAlexaSpeech('Your favorite color is blue. Goodbye!', { endSession: true })
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaSpeech(text: string, options: AlexaSpeechOptions = {}): AlexaSkillResult {
  return toResult({ type: 'PlainText', text }, options);
}

/**
 * Says `ssml`, a Speech Synthesis Markup Language document wrapped in `<speak>`.
 *
 * @example
 * return toAlexaSsml('<speak>Question one. <break time="1s"/> What was Rudolph\'s father\'s name?</speak>', { reprompt: 'What was his name?' })
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaSsml(ssml: string, options: AlexaSpeechOptions = {}): AlexaSkillResult {
  return toResult({ type: 'SSML', ssml }, options);
}

/**
 * Says nothing: the answer to a SessionEndedRequest (Alexa ignores any
 * speech there) or to an AudioPlayer event that needs no directive.
 *
 * @example
 * router().on(alexaSkill.variant('SessionEndedRequest'), async () => toAlexaEmptyResponse())
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaEmptyResponse(): AlexaSkillResult {
  return { version: '1.0', response: {} };
}

/**
 * Hands the dialog back to Alexa (`Dialog.Delegate`), optionally with the
 * intent changed, so the skill's dialog model prompts for the next slot.
 *
 * @example
 * if (event.request.dialogState !== 'COMPLETED') return toAlexaDelegate()
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/dialog-interface-reference.html#delegate
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaDelegate(updatedIntent?: AlexaIntent): AlexaSkillResult {
  const directive: AlexaDirective = {
    type: 'Dialog.Delegate',
    ...(updatedIntent === undefined ? {} : { updatedIntent }),
  };
  return { version: '1.0', response: { directives: [directive] } };
}
