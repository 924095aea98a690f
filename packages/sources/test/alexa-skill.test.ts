import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type AlexaSkillEvent,
  alexaSkill,
  alexaSkillReference,
  toAlexaDelegate,
  toAlexaEmptyResponse,
  toAlexaSpeech,
  toAlexaSsml,
} from '@switchboard/sources/alexa-skill';
import { alexaSmartHomeReference } from '@switchboard/sources/alexa-smart-home';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function withRequest(request: Partial<AlexaSkillEvent['request']>): AlexaSkillEvent {
  const event = alexaSkillReference.sample();
  const { intent: _unused, dialogState: _state, ...base } = event.request;
  return { ...event, request: { ...base, ...request } };
}

describe('alexa-skill', () => {
  it('detects its own sample as the IntentRequest variant only, and the sample passes the schema', () => {
    const sample = alexaSkillReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: alexaSkillReference, variant: 'IntentRequest' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([alexaSkillReference]);
    expect(checkEvent(alexaSkillReference, sample)).toEqual([]);
  });

  it('routes each request type to its variant handler, interface requests by their exact name', async () => {
    const app = router()
      .on(alexaSkill.variant('LaunchRequest'), async () => toAlexaSpeech('Welcome!'))
      .on(alexaSkill.variant('AudioPlayer.PlaybackStarted'), async () => toAlexaEmptyResponse())
      .on(alexaSkill, async () => toAlexaSpeech('Anything else'));
    await expect(app.handler(withRequest({ type: 'LaunchRequest' }), context)).resolves.toHaveProperty(
      'response.outputSpeech.text',
      'Welcome!',
    );
    const playback = { ...withRequest({ type: 'AudioPlayer.PlaybackStarted' }), session: undefined };
    await expect(app.handler(playback, context)).resolves.toEqual({ version: '1.0', response: {} });
    await expect(app.handler(alexaSkillReference.sample(), context)).resolves.toHaveProperty(
      'response.outputSpeech.text',
      'Anything else',
    );
  });

  it.each([
    ['a smart home directive', alexaSmartHomeReference.sample()],
    [
      'a Cognito trigger (version and request, no requestId)',
      { version: '1', triggerSource: 'PreSignUp_SignUp', request: {} },
    ],
    ['an envelope without version', { ...alexaSkillReference.sample(), version: undefined }],
  ])('does not claim %s', (_name, event) => {
    expect(alexaSkill.detect(event)).toBe(false);
  });

  it('keeps the session open iff there is a reprompt, unless told otherwise', () => {
    expect(toAlexaSpeech('Hi').response.shouldEndSession).toBeUndefined();
    expect(toAlexaSpeech('Color?', { reprompt: 'Which color?' }).response).toEqual({
      outputSpeech: { type: 'PlainText', text: 'Color?' },
      reprompt: { outputSpeech: { type: 'PlainText', text: 'Which color?' } },
      shouldEndSession: false,
    });
    expect(toAlexaSpeech('Bye', { endSession: true }).response.shouldEndSession).toBe(true);
  });

  it('builds answers that pass the response schema', () => {
    const intent = alexaSkillReference.sample().request.intent;
    const answers = [
      toAlexaSpeech('Blue it is.', {
        card: { type: 'Simple', title: 'Color', content: 'blue' },
        sessionAttributes: { turn: 3 },
      }),
      toAlexaSsml('<speak>Hello</speak>', {
        reprompt: 'Still there?',
        directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'Color' }],
      }),
      toAlexaEmptyResponse(),
      toAlexaDelegate(),
      toAlexaDelegate(intent),
    ];
    for (const answer of answers) expect(checkResponse(alexaSkillReference, answer)).toEqual([]);
  });

  it('refuses speech without its text, and an answer without version', () => {
    expect(
      checkResponse(alexaSkillReference, { version: '1.0', response: { outputSpeech: { type: 'SSML', text: 'Hi' } } }),
    ).toEqual([{ path: 'response.outputSpeech.ssml', message: 'expected string' }]);
    expect(checkResponse(alexaSkillReference, { response: {} })).toEqual([
      { path: 'version', message: 'expected string' },
    ]);
  });
});
