import * as z from 'zod/mini';

/**
 * The `response` object of each trigger: what a handler answers, and what
 * Cognito puts in the event it sends (with `null` for fields not yet set,
 * hence `nullable`). Fields are optional: Cognito reads absent ones as unset.
 */
const stringMap = z.record(z.string(), z.string());

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html */
export const cognitoPreSignUpAnswerSchema = z.object({
  autoConfirmUser: z.optional(z.boolean()),
  autoVerifyEmail: z.optional(z.boolean()),
  autoVerifyPhone: z.optional(z.boolean()),
});

/** Post confirmation, pre and post authentication and the custom senders read nothing back. */
export const cognitoEmptyAnswerSchema = z.object({});

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html */
export const cognitoCustomMessageAnswerSchema = z.object({
  smsMessage: z.optional(z.nullable(z.string())),
  emailMessage: z.optional(z.nullable(z.string())),
  emailSubject: z.optional(z.nullable(z.string())),
});

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html */
export const cognitoDefineAuthChallengeAnswerSchema = z.object({
  challengeName: z.optional(z.nullable(z.string())),
  issueTokens: z.optional(z.nullable(z.boolean())),
  failAuthentication: z.optional(z.nullable(z.boolean())),
});

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html */
export const cognitoCreateAuthChallengeAnswerSchema = z.object({
  publicChallengeParameters: z.optional(z.nullable(stringMap)),
  privateChallengeParameters: z.optional(z.nullable(stringMap)),
  challengeMetadata: z.optional(z.nullable(z.string())),
});

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html */
export const cognitoVerifyAuthChallengeAnswerSchema = z.object({
  answerCorrect: z.optional(z.nullable(z.boolean())),
});

const groupOverrideDetails = z.object({
  groupsToOverride: z.optional(z.array(z.string())),
  iamRolesToOverride: z.optional(z.array(z.string())),
  preferredRole: z.optional(z.nullable(z.string())),
});

/**
 * Version 1 of the pre token generation event customises the ID token only.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const cognitoTokenGenerationV1AnswerSchema = z.object({
  claimsOverrideDetails: z.optional(
    z.nullable(
      z.object({
        claimsToAddOrOverride: z.optional(stringMap),
        claimsToSuppress: z.optional(z.array(z.string())),
        groupOverrideDetails: z.optional(z.nullable(groupOverrideDetails)),
      }),
    ),
  ),
});

// Versions 2 and 3 accept strings, numbers, booleans, arrays and JSON objects as claim values.
const claims = z.record(z.string(), z.json());

/**
 * Versions 2 and 3 customise both the ID and the access token, and scopes.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const cognitoTokenGenerationV2AnswerSchema = z.object({
  claimsAndScopeOverrideDetails: z.optional(
    z.nullable(
      z.object({
        idTokenGeneration: z.optional(
          z.nullable(
            z.object({ claimsToAddOrOverride: z.optional(claims), claimsToSuppress: z.optional(z.array(z.string())) }),
          ),
        ),
        accessTokenGeneration: z.optional(
          z.nullable(
            z.object({
              claimsToAddOrOverride: z.optional(claims),
              claimsToSuppress: z.optional(z.array(z.string())),
              scopesToAdd: z.optional(z.array(z.string())),
              scopesToSuppress: z.optional(z.array(z.string())),
            }),
          ),
        ),
        groupOverrideDetails: z.optional(z.nullable(groupOverrideDetails)),
      }),
    ),
  ),
});

/** @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html */
export const cognitoUserMigrationAnswerSchema = z.object({
  userAttributes: z.optional(z.nullable(stringMap)),
  finalUserStatus: z.optional(z.nullable(z.enum(['CONFIRMED', 'RESET_REQUIRED']))),
  messageAction: z.optional(z.nullable(z.enum(['RESEND', 'SUPPRESS']))),
  desiredDeliveryMediums: z.optional(z.nullable(z.array(z.enum(['EMAIL', 'SMS'])))),
  forceAliasCreation: z.optional(z.nullable(z.boolean())),
  enableSMSMFA: z.optional(z.nullable(z.boolean())),
});

/**
 * The attributes to store on the federated user's profile; attributes left
 * out are dropped, and `{}` keeps them all.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export const cognitoInboundFederationAnswerSchema = z.object({
  userAttributesToMap: z.optional(z.nullable(stringMap)),
});

export type CognitoPreSignUpAnswer = z.output<typeof cognitoPreSignUpAnswerSchema>;
export type CognitoCustomMessageAnswer = z.output<typeof cognitoCustomMessageAnswerSchema>;
export type CognitoDefineAuthChallengeAnswer = z.output<typeof cognitoDefineAuthChallengeAnswerSchema>;
export type CognitoCreateAuthChallengeAnswer = z.output<typeof cognitoCreateAuthChallengeAnswerSchema>;
export type CognitoVerifyAuthChallengeAnswer = z.output<typeof cognitoVerifyAuthChallengeAnswerSchema>;
export type CognitoTokenGenerationV1Answer = z.output<typeof cognitoTokenGenerationV1AnswerSchema>;
export type CognitoTokenGenerationV2Answer = z.output<typeof cognitoTokenGenerationV2AnswerSchema>;
export type CognitoUserMigrationAnswer = z.output<typeof cognitoUserMigrationAnswerSchema>;
export type CognitoInboundFederationAnswer = z.output<typeof cognitoInboundFederationAnswerSchema>;
