import { describeSource } from '@switchboard/core';
import { type BedrockAgentEvent, bedrockAgentEventSchema, bedrockAgentResponseSchema } from './schema.js';
import { bedrockAgent } from './source.js';

/** `bedrockAgent` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const bedrockAgentReference = describeSource(bedrockAgent, {
  schema: bedrockAgentEventSchema,
  response: bedrockAgentResponseSchema,
  sample: sampleBedrockAgentEvent,
  docs: {
    service: 'Amazon Bedrock Agents',
    summary:
      "An agent invokes its action group's Lambda function with the operation it chose and the parameters it elicited from the user: an API operation of the group's OpenAPI schema (`api`: `apiPath`, `httpMethod`, `requestBody`) or a function of its function details (`function`). The function answers the result body, and may set session attributes or a FAILURE/REPROMPT response state.",
    detection:
      '`agent` is an object and `messageVersion` and `actionGroup` are strings; `apiPath` makes it the `api` variant, else `function`.',
    retries:
      'None: the agent waits. A thrown error, a timeout or a malformed answer makes the agent fail the turn with a DependencyFailedException; answer responseState REPROMPT to let the model recover instead.',
    limits: [
      {
        name: 'Invocation payload',
        value: '6 MB request and response (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
      {
        name: 'APIs per action group',
        value: '11 API operations (or functions) per action group',
        link: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html',
      },
    ],
    links: [
      {
        title: 'Configure Lambda functions for an action group',
        url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html',
      },
      {
        title: 'Define actions in the action group',
        url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/action-define.html',
      },
    ],
  },
});

function sampleBedrockAgentEvent(): BedrockAgentEvent {
  return {
    messageVersion: '1.0',
    agent: { name: 'TableBookingAgent', id: 'QZ7KX2M4PL', alias: 'TSTALIASID', version: 'DRAFT' },
    inputText: 'Book a table for two at 7pm tomorrow',
    sessionId: '612345678901234',
    actionGroup: 'TableBooking',
    function: 'createBooking',
    parameters: [
      { name: 'guests', type: 'integer', value: '2' },
      { name: 'time', type: 'string', value: '2024-03-14T19:00' },
    ],
    sessionAttributes: { customerId: 'c-1029' },
    promptSessionAttributes: {},
  };
}
