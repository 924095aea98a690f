import { defineSource, withVariantTypes } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

// Input event and response formats: https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
const stringMap = z.record(z.string(), z.string());
/** A parameter the agent elicited, as text whatever its declared `type`. */
const parameterSchema = z.object({ name: z.string(), type: z.string(), value: z.string() });

const agentEventFields = {
  messageVersion: z.string(),
  agent: z.object({ name: z.string(), id: z.string(), alias: z.string(), version: z.string() }),
  inputText: z.string(),
  sessionId: z.string(),
  actionGroup: z.string(),
  parameters: z.exactOptional(z.array(parameterSchema)),
  sessionAttributes: stringMap,
  promptSessionAttributes: stringMap,
};

/** An action group defined by an OpenAPI schema: the operation (`apiPath`, `httpMethod`) and its request body. */
export const bedrockAgentApiEventSchema = z.object({
  ...agentEventFields,
  apiPath: z.string(),
  httpMethod: z.string(),
  requestBody: z.exactOptional(
    z.object({ content: z.record(z.string(), z.object({ properties: z.array(parameterSchema) })) }),
  ),
});

/** An action group defined by function details: the `function` to run. */
export const bedrockAgentFunctionEventSchema = z.object({ ...agentEventFields, function: z.string() });

export const bedrockAgentEventSchema = z.union([bedrockAgentApiEventSchema, bedrockAgentFunctionEventSchema]);

/** FAILURE makes the agent throw a DependencyFailedException; REPROMPT sends the body to the model to reprompt it. */
const responseStateSchema = z.enum(['FAILURE', 'REPROMPT']);
/** Content type → `{ body }`, the body a string (JSON text for `application/json`). */
const responseBodySchema = z.record(z.string(), z.object({ body: z.string() }));

const agentAnswerFields = {
  messageVersion: z.string(),
  sessionAttributes: z.optional(stringMap),
  promptSessionAttributes: z.optional(stringMap),
  knowledgeBasesConfiguration: z.optional(z.array(z.record(z.string(), z.unknown()))),
};

export const bedrockAgentApiResponseSchema = z.object({
  ...agentAnswerFields,
  response: z.object({
    actionGroup: z.string(),
    apiPath: z.string(),
    httpMethod: z.string(),
    httpStatusCode: z.int(),
    responseBody: responseBodySchema,
    responseState: z.optional(responseStateSchema),
  }),
});

export const bedrockAgentFunctionResponseSchema = z.object({
  ...agentAnswerFields,
  response: z.object({
    actionGroup: z.string(),
    function: z.string(),
    functionResponse: z.object({
      responseState: z.optional(responseStateSchema),
      responseBody: responseBodySchema,
    }),
  }),
});

export const bedrockAgentResponseSchema = z.union([bedrockAgentApiResponseSchema, bedrockAgentFunctionResponseSchema]);

export type BedrockAgentApiEvent = z.output<typeof bedrockAgentApiEventSchema>;
export type BedrockAgentFunctionEvent = z.output<typeof bedrockAgentFunctionEventSchema>;
export type BedrockAgentEvent = z.output<typeof bedrockAgentEventSchema>;
export type BedrockAgentApiResult = z.output<typeof bedrockAgentApiResponseSchema>;
export type BedrockAgentFunctionResult = z.output<typeof bedrockAgentFunctionResponseSchema>;
export type BedrockAgentResult = z.output<typeof bedrockAgentResponseSchema>;
export type BedrockAgentResponseState = z.output<typeof responseStateSchema>;

/** Per-variant types: each action group style has its own event and answer. */
export type BedrockAgentVariantTypes = {
  readonly api: { readonly event: BedrockAgentApiEvent; readonly result: BedrockAgentApiResult };
  readonly function: { readonly event: BedrockAgentFunctionEvent; readonly result: BedrockAgentFunctionResult };
};

/** What both builders may add to the answer besides the body. */
export interface BedrockAgentAnswerOptions {
  readonly responseState?: BedrockAgentResponseState;
  /** Session attributes to keep for the rest of the session. */
  readonly sessionAttributes?: Readonly<Record<string, string>>;
  /** Attributes for the next prompt only. */
  readonly promptSessionAttributes?: Readonly<Record<string, string>>;
}

function toBodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function answerExtras(options: BedrockAgentAnswerOptions) {
  return {
    ...(options.sessionAttributes ? { sessionAttributes: { ...options.sessionAttributes } } : {}),
    ...(options.promptSessionAttributes ? { promptSessionAttributes: { ...options.promptSessionAttributes } } : {}),
  };
}

/**
 * The answer to an OpenAPI action group: `body` (a string as is, any other
 * value as JSON) under `contentType` with `status`, for the operation the
 * event named.
 *
 * @example
 * router().on(bedrockAgent.variant('api'), async (event) => toBedrockAgentApiResult(event, { booked: true }))
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-response
 */
export function toBedrockAgentApiResult(
  event: Pick<BedrockAgentApiEvent, 'messageVersion' | 'actionGroup' | 'apiPath' | 'httpMethod'>,
  body: unknown,
  options: BedrockAgentAnswerOptions & { readonly status?: number; readonly contentType?: string } = {},
): BedrockAgentApiResult {
  const { status = 200, contentType = 'application/json', responseState } = options;
  return {
    messageVersion: event.messageVersion,
    response: {
      actionGroup: event.actionGroup,
      apiPath: event.apiPath,
      httpMethod: event.httpMethod,
      httpStatusCode: status,
      responseBody: { [contentType]: { body: toBodyText(body) } },
      ...(responseState ? { responseState } : {}),
    },
    ...answerExtras(options),
  };
}

/**
 * The answer to a function-details action group: `body` (a string as is,
 * any other value as JSON) as the function's TEXT response.
 *
 * @example
 * router().on(bedrockAgent.variant('function'), async (event) => toBedrockAgentFunctionResult(event, 'Booked for 2 people'))
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-response
 */
export function toBedrockAgentFunctionResult(
  event: Pick<BedrockAgentFunctionEvent, 'messageVersion' | 'actionGroup' | 'function'>,
  body: unknown,
  options: BedrockAgentAnswerOptions = {},
): BedrockAgentFunctionResult {
  const { responseState } = options;
  return {
    messageVersion: event.messageVersion,
    response: {
      actionGroup: event.actionGroup,
      function: event.function,
      functionResponse: {
        ...(responseState ? { responseState } : {}),
        responseBody: { TEXT: { body: toBodyText(body) } },
      },
    },
    ...answerExtras(options),
  };
}

/**
 * Amazon Bedrock Agents: the Lambda function of an action group, invoked
 * with the API operation (`api`) or function (`function`) the agent chose.
 *
 * @example
 * router().on(bedrockAgent.variant('function'), async (event) => toBedrockAgentFunctionResult(event, await run(event)))
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export const bedrockAgent = withVariantTypes<BedrockAgentVariantTypes>()(
  defineSource<
    'bedrock-agent',
    typeof bedrockAgentEventSchema,
    typeof bedrockAgentResponseSchema,
    BedrockAgentResult,
    'api' | 'function'
  >({
    id: 'bedrock-agent',
    invocation: 'sync',
    // An `agent` object with a `messageVersion` and the `actionGroup` it calls: no other caller
    // sends these (Lex V2 has `bot`). The top-level `httpMethod` of API action groups is not
    // read: without a `requestContext` no HTTP source claims these events
    // (corpus: example-bedrock-agent-runtime-event.json).
    detect: (event) =>
      isObject(event) &&
      isObject(event.agent) &&
      typeof event.messageVersion === 'string' &&
      typeof event.actionGroup === 'string',
    schema: bedrockAgentEventSchema,
    response: bedrockAgentResponseSchema,
    variants: ['api', 'function'],
    variantOf: (event) => ('apiPath' in event ? 'api' : 'function'),
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
  }),
);

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
