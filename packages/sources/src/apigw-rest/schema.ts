import * as z from 'zod/mini';
import { restRequestContextSchema } from '../internal/rest-request-context.js';

const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));

/** What a proxy request's context adds to the authorizer's: the operation and what the authorizer returned. */
const requestContextSchema = z.extend(restRequestContextSchema, {
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
