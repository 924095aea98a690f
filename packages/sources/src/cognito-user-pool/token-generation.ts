import * as z from 'zod/mini';
import { cognitoTokenGenerationV1AnswerSchema, cognitoTokenGenerationV2AnswerSchema } from './answers.js';
import { clientMetadata, envelope, stringMap } from './envelope.js';

// The user's groups and IAM roles, as the token would carry them.
const groupConfiguration = z.object({
  groupsToOverride: z.optional(z.array(z.string())),
  iamRolesToOverride: z.optional(z.array(z.string())),
  preferredRole: z.optional(z.nullable(z.string())),
});

// Pre token generation for users (a machine's client-credentials grant is apart, below).
const userTokenSources = z.enum([
  'TokenGeneration_HostedAuth',
  'TokenGeneration_Authentication',
  'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice',
  'TokenGeneration_RefreshTokens',
]);
const tokenRequest = { userAttributes: stringMap, groupConfiguration, clientMetadata };
const tokenGenerationV1 = z.object({
  ...envelope,
  version: z.literal('1'),
  triggerSource: userTokenSources,
  request: z.object(tokenRequest),
  response: cognitoTokenGenerationV1AnswerSchema,
});
const tokenGenerationV2 = z.object({
  ...envelope,
  version: z.enum(['2', '3']),
  triggerSource: userTokenSources,
  request: z.object({ ...tokenRequest, scopes: z.optional(z.array(z.string())) }),
  response: cognitoTokenGenerationV2AnswerSchema,
});
// A machine (client-credentials grant) has no user: no attributes or groups, and
// `userName` is not documented for it, so none of them is required.
export const cognitoClientCredentialsTokenEventSchema = z.object({
  ...envelope,
  version: z.literal('3'),
  userName: z.optional(z.string()),
  triggerSource: z.literal('TokenGeneration_ClientCredentials'),
  request: z.object({
    userAttributes: z.optional(stringMap),
    groupConfiguration: z.optional(groupConfiguration),
    scopes: z.optional(z.array(z.string())),
    clientMetadata,
  }),
  response: cognitoTokenGenerationV2AnswerSchema,
});

/**
 * The pre token generation events of user sign-ins, told apart by `version`:
 * 1 answers `claimsOverrideDetails`, 2 and 3 `claimsAndScopeOverrideDetails`.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const cognitoUserTokenEventSchema = z.discriminatedUnion('version', [tokenGenerationV1, tokenGenerationV2]);
