import type {
  AlexaSmartHomeProperty,
  AlexaSmartHomeV2Event,
  AlexaSmartHomeV2Result,
  AlexaSmartHomeV3Event,
  AlexaSmartHomeV3Result,
} from './schema.js';

/** What a v3 answer may say besides the default `Alexa.Response`. */
export interface AlexaSmartHomeAnswerOptions {
  /** Default `Alexa`; `Alexa.Discovery` for a Discover.Response. */
  readonly namespace?: string;
  /** Default `Response`; `Discover.Response`, `StateReport`, `AcceptGrant.Response`... */
  readonly name?: string;
  readonly payload?: Record<string, unknown>;
  /** Property states to report in `context` (the new state after a change, all states in a StateReport). */
  readonly properties?: readonly AlexaSmartHomeProperty[];
  /** Default: the directive's messageId with `-R` appended, unique per directive and stable across retries. */
  readonly messageId?: string;
}

/** A message id for the answer: alphanumeric characters and dashes, as Alexa requires, derived so the builder stays pure. */
function answerMessageId(requestMessageId: string, chosen: string | undefined): string {
  return chosen ?? `${requestMessageId}-R`;
}

/**
 * Answers a v3 directive with an event that echoes its correlation token
 * and endpoint: `Alexa.Response` by default, or the event `options` name.
 *
 * @example
 * return toAlexaSmartHomeResponse(event, { properties: [{ namespace: 'Alexa.PowerController', name: 'powerState', value: 'ON', timeOfSample: new Date().toISOString(), uncertaintyInMilliseconds: 500 }] })
 * @see https://developer.amazon.com/en-US/docs/alexa/device-apis/alexa-response.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaSmartHomeResponse(
  event: AlexaSmartHomeV3Event,
  options: AlexaSmartHomeAnswerOptions = {},
): AlexaSmartHomeV3Result {
  const { header, endpoint } = event.directive;
  const answer: AlexaSmartHomeV3Result = {
    event: {
      header: {
        namespace: options.namespace ?? 'Alexa',
        name: options.name ?? 'Response',
        messageId: answerMessageId(header.messageId, options.messageId),
        ...(header.correlationToken === undefined ? {} : { correlationToken: header.correlationToken }),
        payloadVersion: '3',
      },
      ...(endpoint === undefined ? {} : { endpoint: { endpointId: endpoint.endpointId } }),
      payload: { ...options.payload },
    },
  };
  return options.properties === undefined ? answer : { ...answer, context: { properties: [...options.properties] } };
}

/**
 * Answers a v3 directive with an `Alexa.ErrorResponse` (`ENDPOINT_UNREACHABLE`,
 * `INVALID_VALUE`, `INTERNAL_ERROR`...), which Alexa tells the user about
 * instead of saying the device is not responding.
 *
 * @example
 * if (!online) return toAlexaSmartHomeError(event, 'ENDPOINT_UNREACHABLE', 'The bulb is offline.')
 * @see https://developer.amazon.com/en-US/docs/alexa/device-apis/alexa-errorresponse.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaSmartHomeError(
  event: AlexaSmartHomeV3Event,
  type: string,
  message: string,
  messageId?: string,
): AlexaSmartHomeV3Result {
  const options = {
    name: 'ErrorResponse',
    payload: { type, message },
    ...(messageId === undefined ? {} : { messageId }),
  };
  return toAlexaSmartHomeResponse(event, options);
}

/**
 * Answers a legacy v2 directive: `name` is the confirmation or error
 * (`TurnOnConfirmation`, `DiscoverAppliancesResponse`, `TargetOfflineError`...)
 * in the directive's namespace.
 *
 * @example
 * return toAlexaSmartHomeV2Response(event, 'TurnOnConfirmation')
 * @see https://developer.amazon.com/en-US/docs/alexa/smarthome/smart-home-skill-api-message-reference.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export function toAlexaSmartHomeV2Response(
  event: AlexaSmartHomeV2Event,
  name: string,
  payload: Record<string, unknown> = {},
  messageId?: string,
): AlexaSmartHomeV2Result {
  const { header } = event;
  return {
    header: {
      messageId: answerMessageId(header.messageId, messageId),
      name,
      namespace: header.namespace,
      payloadVersion: '2',
    },
    payload: { ...payload },
  };
}
