import * as z from 'zod/mini';

const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));
const optionalText = z.exactOptional(z.nullable(z.string()));

/** Who called: IAM, Cognito identity, API key. Most keys are null unless that kind of auth is used. */
const identitySchema = z.object({
  sourceIp: z.string(),
  userAgent: optionalText,
  accessKey: optionalText,
  accountId: optionalText,
  apiKey: optionalText,
  apiKeyId: optionalText,
  caller: optionalText,
  cognitoAuthenticationProvider: optionalText,
  cognitoAuthenticationType: optionalText,
  cognitoIdentityId: optionalText,
  cognitoIdentityPoolId: optionalText,
  principalOrgId: optionalText,
  user: optionalText,
  userArn: optionalText,
  clientCert: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
});

const requestContextSchema = z.object({
  accountId: z.string(),
  apiId: z.string(),
  stage: z.string(),
  requestId: z.string(),
  resourceId: z.string(),
  resourcePath: z.string(),
  httpMethod: z.string(),
  identity: identitySchema,
  path: z.exactOptional(z.string()),
  protocol: z.exactOptional(z.string()),
  domainName: z.exactOptional(z.string()),
  domainPrefix: z.exactOptional(z.string()),
  extendedRequestId: optionalText,
  requestTime: z.exactOptional(z.string()),
  requestTimeEpoch: z.exactOptional(z.number()),
  operationName: z.exactOptional(z.string()),
  // What a Lambda or Cognito authorizer returned; absent without one.
  authorizer: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
});

/**
 * A Lambda proxy request in payload format 1.0: REST APIs, and HTTP APIs
 * configured for 1.0 (which add `version: "1.0"`). Maps are null when empty
 * (the console's test invoke even sends `headers: null`); `multiValueHeaders`,
 * `body` and `isBase64Encoded` are missing from older captures and local emulators.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
export const apigwRestEventSchema = z.object({
  version: z.exactOptional(z.string()),
  resource: z.string(),
  path: z.string(),
  httpMethod: z.string(),
  headers: z.nullable(stringMap),
  multiValueHeaders: z.exactOptional(z.nullable(stringListMap)),
  queryStringParameters: z.nullable(stringMap),
  multiValueQueryStringParameters: z.exactOptional(z.nullable(stringListMap)),
  pathParameters: z.nullable(stringMap),
  stageVariables: z.nullable(stringMap),
  requestContext: requestContextSchema,
  body: z.exactOptional(z.nullable(z.string())),
  isBase64Encoded: z.exactOptional(z.boolean()),
});

// JSON.stringify drops keys set to undefined, so optional answer keys accept
// undefined, as `@types/aws-lambda`'s APIGatewayProxyResult declares them.
const headerValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The answer API Gateway reads. When both header maps name a header, the
 * values of `multiValueHeaders` win; `body` is required by nothing but is
 * a string when present.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
export const apigwRestResponseSchema = z.object({
  statusCode: z.int(),
  headers: z.optional(z.record(z.string(), headerValue)),
  multiValueHeaders: z.optional(z.record(z.string(), z.array(headerValue))),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

export type ApigwRestEvent = z.output<typeof apigwRestEventSchema>;
/** What a handler returns: the answer's known keys (so `APIGatewayProxyResult` values fit). */
export type ApigwRestResult = z.output<typeof apigwRestResponseSchema>;
