import * as z from 'zod/mini';
import { requestParametersShape, restRequestContextSchema } from '../internal/authorizer-request.js';
import { type RestAuthorizerPolicy, restAuthorizerPolicySchema } from '../internal/iam-policy-schema.js';

/**
 * What a REST API REQUEST authorizer receives: the method ARN and the
 * request's parameters, as a proxy integration would see them (no body).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export const apigwRestRequestAuthorizerRestEventSchema = z.object({
  type: z.literal('REQUEST'),
  methodArn: z.string(),
  resource: z.string(),
  path: z.string(),
  httpMethod: z.string(),
  ...requestParametersShape,
  pathParameters: z.exactOptional(z.nullable(z.record(z.string(), z.string()))),
  requestContext: restRequestContextSchema,
});

/**
 * What a WebSocket API's `$connect` REQUEST authorizer receives: no path,
 * method or path parameters (the route is fixed), a `methodArn` ending in
 * `/$connect`, and the WebSocket request context with its connection id.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export const apigwRestRequestAuthorizerWebsocketEventSchema = z.object({
  type: z.literal('REQUEST'),
  methodArn: z.string(),
  ...requestParametersShape,
  requestContext: z.object({
    apiId: z.string(),
    stage: z.string(),
    requestId: z.string(),
    connectionId: z.string(),
    routeKey: z.string(),
    eventType: z.literal('CONNECT'),
    connectedAt: z.number(),
    domainName: z.string(),
    identity: z.object({ sourceIp: z.string(), userAgent: z.exactOptional(z.string()) }),
    messageDirection: z.exactOptional(z.string()),
    extendedRequestId: z.exactOptional(z.string()),
    requestTime: z.exactOptional(z.string()),
    requestTimeEpoch: z.exactOptional(z.number()),
  }),
});

/** A REQUEST authorizer call from a REST API method or a WebSocket API's `$connect` route. */
export const apigwRestRequestAuthorizerEventSchema = z.union([
  apigwRestRequestAuthorizerRestEventSchema,
  apigwRestRequestAuthorizerWebsocketEventSchema,
]);

/** The answer: an IAM policy for the principal, with optional `context` and usage plan key. */
export const apigwRestRequestAuthorizerResponseSchema = restAuthorizerPolicySchema;

export type ApigwRestRequestAuthorizerEvent = z.output<typeof apigwRestRequestAuthorizerEventSchema>;
export type ApigwRestRequestAuthorizerRestEvent = z.output<typeof apigwRestRequestAuthorizerRestEventSchema>;
export type ApigwRestRequestAuthorizerWebsocketEvent = z.output<typeof apigwRestRequestAuthorizerWebsocketEventSchema>;
export type ApigwRestRequestAuthorizerResult = RestAuthorizerPolicy;

/** Each variant's own event type; both answer the same policy. */
export type ApigwRestRequestAuthorizerVariantTypes = {
  readonly rest: { readonly event: ApigwRestRequestAuthorizerRestEvent; readonly result: RestAuthorizerPolicy };
  readonly websocket: {
    readonly event: ApigwRestRequestAuthorizerWebsocketEvent;
    readonly result: RestAuthorizerPolicy;
  };
};
