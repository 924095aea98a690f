import * as z from 'zod/mini';
import {
  cognitoCreateAuthChallengeAnswerSchema,
  cognitoDefineAuthChallengeAnswerSchema,
  cognitoEmptyAnswerSchema,
  cognitoInboundFederationAnswerSchema,
  cognitoPreSignUpAnswerSchema,
  cognitoUserMigrationAnswerSchema,
  cognitoVerifyAuthChallengeAnswerSchema,
} from './answers.js';
import { clientMetadata, envelope, stringMap } from './envelope.js';
import { accountTakeoverNotification, customEmailSender, customMessage, customSmsSender } from './messages.js';
import { cognitoClientCredentialsTokenEventSchema, cognitoUserTokenEventSchema } from './token-generation.js';
import { cognitoTriggerSources as sources } from './triggers.js';

/** One custom authentication step of `request.session`; AWS adds challenge names over time, so any string. */
const challengeResult = z.object({
  challengeName: z.string(),
  challengeResult: z.boolean(),
  challengeMetadata: z.optional(z.nullable(z.string())),
});

const preSignUp = z.object({
  ...envelope,
  triggerSource: z.enum(sources.preSignUp),
  request: z.object({
    userAttributes: stringMap,
    validationData: z.optional(z.nullable(stringMap)),
    clientMetadata,
  }),
  response: cognitoPreSignUpAnswerSchema,
});

const postConfirmation = z.object({
  ...envelope,
  triggerSource: z.enum(sources.postConfirmation),
  request: z.object({ userAttributes: stringMap, clientMetadata }),
  response: cognitoEmptyAnswerSchema,
});

const preAuthentication = z.object({
  ...envelope,
  triggerSource: z.enum(sources.preAuthentication),
  request: z.object({
    userAttributes: stringMap,
    validationData: z.optional(z.nullable(stringMap)),
    userNotFound: z.optional(z.boolean()),
    clientMetadata,
  }),
  response: cognitoEmptyAnswerSchema,
});

const postAuthentication = z.object({
  ...envelope,
  triggerSource: z.enum(sources.postAuthentication),
  // `newDeviceUsed` is set only when the pool remembers devices.
  request: z.object({ userAttributes: stringMap, newDeviceUsed: z.optional(z.boolean()), clientMetadata }),
  response: cognitoEmptyAnswerSchema,
});

const defineAuthChallenge = z.object({
  ...envelope,
  triggerSource: z.enum(sources.defineAuthChallenge),
  request: z.object({
    userAttributes: stringMap,
    session: z.array(challengeResult),
    userNotFound: z.optional(z.boolean()),
    clientMetadata,
  }),
  response: cognitoDefineAuthChallengeAnswerSchema,
});

const createAuthChallenge = z.object({
  ...envelope,
  triggerSource: z.enum(sources.createAuthChallenge),
  request: z.object({
    userAttributes: stringMap,
    challengeName: z.string(),
    session: z.array(challengeResult),
    userNotFound: z.optional(z.boolean()),
    clientMetadata,
  }),
  response: cognitoCreateAuthChallengeAnswerSchema,
});

const verifyAuthChallengeResponse = z.object({
  ...envelope,
  triggerSource: z.enum(sources.verifyAuthChallengeResponse),
  request: z.object({
    userAttributes: stringMap,
    privateChallengeParameters: stringMap,
    challengeAnswer: z.string(),
    userNotFound: z.optional(z.boolean()),
    clientMetadata,
  }),
  response: cognitoVerifyAuthChallengeAnswerSchema,
});

const userMigration = z.object({
  ...envelope,
  triggerSource: z.enum(sources.userMigration),
  // No password in the forgot-password flow.
  request: z.object({
    password: z.optional(z.string()),
    validationData: z.optional(z.nullable(stringMap)),
    clientMetadata,
  }),
  response: cognitoUserMigrationAnswerSchema,
});

// The identity provider's raw data: token responses hold numbers (`expires_in`), SAML lists.
const providerData = z.optional(z.record(z.string(), z.unknown()));
const inboundFederation = z.object({
  ...envelope,
  triggerSource: z.enum(sources.inboundFederation),
  request: z.object({
    providerName: z.string(),
    providerType: z.string(),
    attributes: z.object({
      tokenResponse: providerData,
      idToken: providerData,
      userInfo: providerData,
      samlResponse: providerData,
    }),
  }),
  response: cognitoInboundFederationAnswerSchema,
});

/**
 * A user pool trigger event, checked by its `triggerSource` against that
 * trigger's request and response fields (and, for pre token generation,
 * by `version`: 1 answers `claimsOverrideDetails`, 2 and 3 `claimsAndScopeOverrideDetails`).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const cognitoUserPoolEventSchema = z.discriminatedUnion('triggerSource', [
  preSignUp,
  postConfirmation,
  preAuthentication,
  postAuthentication,
  defineAuthChallenge,
  createAuthChallenge,
  verifyAuthChallengeResponse,
  cognitoUserTokenEventSchema,
  cognitoClientCredentialsTokenEventSchema,
  userMigration,
  customMessage,
  customEmailSender,
  accountTakeoverNotification,
  customSmsSender,
  inboundFederation,
]);

/**
 * The answer Cognito reads is the event it sent, with `response` filled in,
 * so the event schema (checked per trigger) is also the answer's schema.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-event-parameter-shared
 */
export const cognitoUserPoolResponseSchema = cognitoUserPoolEventSchema;

export type CognitoUserPoolEvent = z.output<typeof cognitoUserPoolEventSchema>;
