import { describeSource } from '@switchboard/core';
import { sampleAlexaSkillEvent } from './sample.js';
import { alexaSkillEventSchema, alexaSkillResponseSchema } from './schema.js';
import { alexaSkill } from './source.js';

/** `alexaSkill` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const alexaSkillReference = describeSource(alexaSkill, {
  schema: alexaSkillEventSchema,
  response: alexaSkillResponseSchema,
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
