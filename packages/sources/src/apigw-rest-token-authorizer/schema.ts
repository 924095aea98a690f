import * as z from 'zod/mini';
import { type RestAuthorizerPolicy, restAuthorizerPolicySchema } from '../internal/iam-policy-schema.js';

/**
 * What a REST API TOKEN authorizer receives: the caller's token (from the
 * header named as the token source) and the ARN of the method called.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export const apigwRestTokenAuthorizerEventSchema = z.object({
  type: z.literal('TOKEN'),
  authorizationToken: z.string(),
  methodArn: z.string(),
});

/** The answer: an IAM policy for the principal, with optional `context` and usage plan key. */
export const apigwRestTokenAuthorizerResponseSchema = restAuthorizerPolicySchema;

export type ApigwRestTokenAuthorizerEvent = z.output<typeof apigwRestTokenAuthorizerEventSchema>;
export type ApigwRestTokenAuthorizerResult = RestAuthorizerPolicy;
