import type { EventOf } from '@switchboard/core';
import {
  type AlbEvent,
  type ApigwWebsocketEvent,
  type AppsyncEventsEvent,
  type AppsyncResolverEvent,
  type apigwHttpAuthorizer,
  type apigwRestRequestAuthorizer,
  type BedrockAgentEvent,
  sampleApigwHttpAuthorizerV1Event,
  sampleApigwRestRequestAuthorizerWebsocketEvent,
  type VpcLatticeEvent,
} from '@switchboard/sources';
import type { VariantMakers } from '../../event-factory.js';

const lists = (map: Readonly<Record<string, string>> | null | undefined) =>
  Object.fromEntries(Object.entries(map ?? {}).map(([key, value]) => [key, [value]]));

/** A target group with multi-value headers on sends `multiValueHeaders` and `multiValueQueryStringParameters` only. */
export const albVariants: VariantMakers<AlbEvent> = {
  'multi-value': ({ headers, queryStringParameters, ...sample }) =>
    ({
      ...sample,
      multiValueHeaders: lists(headers),
      multiValueQueryStringParameters: lists(queryStringParameters),
    }) as AlbEvent,
};

/** VPC Lattice event structure V1: snake-case keys, one value per header. */
export const vpcLatticeVariants: VariantMakers<VpcLatticeEvent> = {
  v1: (sample) => {
    if (!('version' in sample)) return sample;
    const first = (map: Readonly<Record<string, readonly string[]>>) =>
      Object.fromEntries(Object.entries(map).map(([key, values]) => [key, values.at(-1) ?? '']));
    return {
      raw_path: sample.path,
      method: sample.method,
      headers: first(sample.headers),
      query_string_parameters: first(sample.queryStringParameters ?? {}),
      ...(sample.body !== undefined && sample.body !== null && { body: sample.body }),
      is_base64_encoded: sample.isBase64Encoded ?? false,
    };
  },
};

// $connect and $disconnect carry no body; $connect has the handshake's headers.
function websocketRoute(sample: ApigwWebsocketEvent, eventType: 'CONNECT' | 'DISCONNECT'): ApigwWebsocketEvent {
  const { body: _body, ...event } = sample;
  const { messageId: _messageId, ...requestContext } = sample.requestContext;
  const routeKey = eventType === 'CONNECT' ? '$connect' : '$disconnect';
  return { ...event, requestContext: { ...requestContext, eventType, routeKey } } as ApigwWebsocketEvent;
}

export const apigwWebsocketVariants: VariantMakers<ApigwWebsocketEvent> = {
  connect: (sample) => websocketRoute(sample, 'CONNECT'),
  disconnect: (sample) => websocketRoute(sample, 'DISCONNECT'),
};

/** The v1 payload is a whole module sample, not a patch: its fields differ throughout. */
export const apigwHttpAuthorizerVariants: VariantMakers<EventOf<typeof apigwHttpAuthorizer>> = {
  v1: () => sampleApigwHttpAuthorizerV1Event(),
};

export const apigwRestRequestAuthorizerVariants: VariantMakers<EventOf<typeof apigwRestRequestAuthorizer>> = {
  websocket: () => sampleApigwRestRequestAuthorizerWebsocketEvent(),
};

/** Without batching, AppSync sends one context object, not a list. */
export const appsyncResolverVariants: VariantMakers<AppsyncResolverEvent> = {
  single: (sample) => (Array.isArray(sample) ? (sample[0] ?? sample) : sample),
};

/** A SUBSCRIBE carries no events. */
export const appsyncEventsVariants: VariantMakers<AppsyncEventsEvent> = {
  subscribe: (sample) => ({ ...sample, info: { ...sample.info, operation: 'SUBSCRIBE' }, events: null }),
};

/** An OpenAPI action group names the operation (`apiPath`, `httpMethod`) instead of a `function`. */
export const bedrockAgentVariants: VariantMakers<BedrockAgentEvent> = {
  api: (sample) => {
    const { function: _function, ...rest } = sample as Extract<BedrockAgentEvent, { function: string }>;
    return {
      ...rest,
      apiPath: '/bookings',
      httpMethod: 'POST',
      requestBody: { content: { 'application/json': { properties: sample.parameters ?? [] } } },
    };
  },
};
