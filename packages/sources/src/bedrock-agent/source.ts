import { runtimeSource, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type {
  BedrockAgentApiEvent,
  BedrockAgentApiResult,
  BedrockAgentEvent,
  BedrockAgentFunctionEvent,
  BedrockAgentFunctionResult,
  BedrockAgentResponseState,
  BedrockAgentResult,
  BedrockAgentVariantTypes,
} from './schema.js';

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
  runtimeSource<BedrockAgentEvent, BedrockAgentResult>()({
    id: 'bedrock-agent',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // An `agent` object with a `messageVersion` and the `actionGroup` it calls: no other caller
    // sends these (Lex V2 has `bot`). The top-level `httpMethod` of API action groups is not
    // read: without a `requestContext` no HTTP source claims these events
    // (corpus: example-bedrock-agent-runtime-event.json).
    detect: (event) =>
      isObject(event) &&
      isObject(event.agent) &&
      typeof event.messageVersion === 'string' &&
      typeof event.actionGroup === 'string',
    variants: ['api', 'function'],
    variantOf: (event) => ('apiPath' in event ? 'api' : 'function'),
  }),
);
