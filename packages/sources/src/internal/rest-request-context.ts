/**
 * The request context API Gateway REST APIs send (payload format 1.0), shared
 * by proxy requests and the REQUEST authorizers that see the same request.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
import * as z from 'zod/mini';

const optionalText = z.exactOptional(z.nullable(z.string()));

/** Who called: IAM, Cognito identity, API key. Most keys are null unless that kind of auth is used. */
export const restIdentitySchema = z.object({
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

/** The request context of a REST method (and of an HTTP API route in format 1.0). */
export const restRequestContextSchema = z.object({
  accountId: z.string(),
  apiId: z.string(),
  stage: z.string(),
  requestId: z.string(),
  resourceId: z.string(),
  resourcePath: z.string(),
  httpMethod: z.string(),
  identity: restIdentitySchema,
  path: z.exactOptional(z.string()),
  protocol: z.exactOptional(z.string()),
  domainName: z.exactOptional(z.string()),
  domainPrefix: z.exactOptional(z.string()),
  extendedRequestId: optionalText,
  requestTime: z.exactOptional(z.string()),
  requestTimeEpoch: z.exactOptional(z.number()),
});
