// A custom skill that asks for your favorite color: each request type is a variant, and the builders
// write Alexa's response envelope (speech, reprompt, whether the session stays open).
import { router } from '@switchboard/core';
import { alexaSkill, toAlexaEmptyResponse, toAlexaSpeech } from '@switchboard/sources/alexa-skill';

export const handler = router()
  .on(alexaSkill.variant('LaunchRequest'), async () =>
    toAlexaSpeech('Welcome! What is your favorite color?', { reprompt: 'Tell me your favorite color.' }),
  )
  .on(alexaSkill.variant('IntentRequest'), async (event) => {
    const color = event.request.intent?.slots?.Color?.value;
    if (color === undefined) return toAlexaSpeech('Which color was that?', { reprompt: 'Tell me a color.' });
    return toAlexaSpeech(`Your favorite color is ${color}. Goodbye!`, { endSession: true });
  })
  .on(alexaSkill.variant('SessionEndedRequest'), async () => toAlexaEmptyResponse()).handler;
