// The action group of a table-booking agent (function details): `createBooking` reads the parameters
// the agent elicited and answers the text the model reads back; a missing one makes the model reprompt.
import { router } from '@switchboard/core';
import { bedrockAgent, toBedrockAgentFunctionResult } from '@switchboard/sources/bedrock-agent';

export const handler = router().on(bedrockAgent.variant('function'), async (event) => {
  if (event.function !== 'createBooking') {
    return toBedrockAgentFunctionResult(event, `Unknown function ${event.function}`, { responseState: 'FAILURE' });
  }
  const parameters = new Map(event.parameters?.map(({ name, value }): [string, string] => [name, value]));
  const guests = parameters.get('guests');
  const time = parameters.get('time');
  if (guests === undefined || time === undefined) {
    return toBedrockAgentFunctionResult(event, 'Ask for the number of guests and the time.', {
      responseState: 'REPROMPT',
    });
  }
  return toBedrockAgentFunctionResult(event, `Booked a table for ${guests} at ${time}.`, {
    sessionAttributes: { ...event.sessionAttributes, lastBooking: time },
  });
}).handler;
