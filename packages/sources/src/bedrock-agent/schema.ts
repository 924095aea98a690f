import * as z from 'zod/mini';

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
