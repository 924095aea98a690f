import * as z from 'zod/mini';
import { requestParametersShape, restRequestContextSchema } from '../internal/authorizer-request.js';
import { type HttpAuthorizerPolicy, httpAuthorizerPolicySchema } from '../internal/iam-policy-schema.js';
import { payloadV2ContextShape } from '../internal/payload-v2-schema.js';

const stringMap = z.record(z.string(), z.string());

/**
 * What an HTTP API Lambda authorizer receives in payload format 2.0: the
 * route ARN, the identity sources' values and the request as payload 2.0
 * proxy integrations see it (no body). `identitySource` is missing when the
 * authorizer has none (corpus: example-apigw-v2-custom-authorizer-v2-request-without-identity-source.json).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format
 */
export const apigwHttpAuthorizerV2EventSchema = z.object({
  version: z.literal('2.0'),
  type: z.literal('REQUEST'),
  routeArn: z.string(),
  identitySource: z.exactOptional(z.nullable(z.array(z.string()))),
  routeKey: z.string(),
  rawPath: z.string(),
  rawQueryString: z.string(),
  cookies: z.exactOptional(z.array(z.string())),
  headers: z.exactOptional(stringMap),
  queryStringParameters: z.exactOptional(stringMap),
  pathParameters: z.exactOptional(stringMap),
  stageVariables: z.exactOptional(z.nullable(stringMap)),
  requestContext: z.object({
    ...payloadV2ContextShape,
    authentication: z.exactOptional(z.nullable(z.object({ clientCert: z.exactOptional(z.unknown()) }))),
  }),
});

/**
 * What an HTTP API Lambda authorizer receives in payload format 1.0: the REST
 * REQUEST authorizer's event, plus `version: "1.0"`, the identity sources'
 * values joined with commas in `identitySource` (and `authorizationToken`).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format
 */
export const apigwHttpAuthorizerV1EventSchema = z.object({
  version: z.literal('1.0'),
  type: z.literal('REQUEST'),
  methodArn: z.string(),
  identitySource: z.exactOptional(z.nullable(z.string())),
  authorizationToken: z.exactOptional(z.nullable(z.string())),
  resource: z.string(),
  path: z.string(),
  httpMethod: z.string(),
  ...requestParametersShape,
  pathParameters: z.exactOptional(z.nullable(stringMap)),
  requestContext: z.extend(restRequestContextSchema, {
    routeKey: z.exactOptional(z.string()),
    time: z.exactOptional(z.string()),
    timeEpoch: z.exactOptional(z.number()),
  }),
});

/** An HTTP API authorizer call, in either payload format. */
export const apigwHttpAuthorizerEventSchema = z.union([
  apigwHttpAuthorizerV2EventSchema,
  apigwHttpAuthorizerV1EventSchema,
]);

/**
 * The simple answer of a format 2.0 authorizer with simple responses
 * enabled: allowed or not, and a `context` for the integration (any JSON).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v2
 */
export const apigwHttpAuthorizerSimpleResponseSchema = z.object({
  isAuthorized: z.boolean(),
  context: z.optional(z.record(z.string(), z.unknown())),
});

/** Format 1.0 answers an IAM policy. */
export const apigwHttpAuthorizerV1ResponseSchema = httpAuthorizerPolicySchema;

/** Format 2.0 answers the simple response or an IAM policy, as the authorizer's `enableSimpleResponses` says. */
export const apigwHttpAuthorizerV2ResponseSchema = z.union([
  apigwHttpAuthorizerSimpleResponseSchema,
  httpAuthorizerPolicySchema,
]);

/** Any HTTP API authorizer answer (the variants narrow it). */
export const apigwHttpAuthorizerResponseSchema = apigwHttpAuthorizerV2ResponseSchema;

export type ApigwHttpAuthorizerV2Event = z.output<typeof apigwHttpAuthorizerV2EventSchema>;
export type ApigwHttpAuthorizerV1Event = z.output<typeof apigwHttpAuthorizerV1EventSchema>;
export type ApigwHttpAuthorizerEvent = z.output<typeof apigwHttpAuthorizerEventSchema>;
export type ApigwHttpAuthorizerSimpleResult = z.output<typeof apigwHttpAuthorizerSimpleResponseSchema>;
export type ApigwHttpAuthorizerPolicyResult = HttpAuthorizerPolicy;
export type ApigwHttpAuthorizerResult = z.output<typeof apigwHttpAuthorizerResponseSchema>;

/** Format 1.0 handlers must answer a policy; format 2.0 ones either shape. */
export type ApigwHttpAuthorizerVariantTypes = {
  readonly v1: { readonly event: ApigwHttpAuthorizerV1Event; readonly result: HttpAuthorizerPolicy };
  readonly v2: { readonly event: ApigwHttpAuthorizerV2Event; readonly result: ApigwHttpAuthorizerResult };
};
