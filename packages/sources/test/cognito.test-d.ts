// Type tests for the cognito group (checked by `npx tsc -p tsconfig.json`): each
// trigger's handler sees its own event and may answer only its own response
// fields; handlers typed with @types/aws-lambda mount on their variants without a cast.
import { router } from '@switchboard/core';
import { type CognitoSyncEvent, cognitoSync } from '@switchboard/sources/cognito-sync';
import {
  type CognitoTriggerEvent,
  cognitoIssueTokens,
  cognitoNextChallenge,
  cognitoTriggers,
  cognitoUserPool,
} from '@switchboard/sources/cognito-user-pool';
import type {
  CreateAuthChallengeTriggerHandler,
  CustomEmailSenderTriggerHandler,
  CustomMessageTriggerHandler,
  CustomSMSSenderTriggerHandler,
  DefineAuthChallengeTriggerHandler,
  InboundFederationTriggerHandler,
  PostAuthenticationTriggerHandler,
  PostConfirmationTriggerHandler,
  PreAuthenticationTriggerHandler,
  PreSignUpTriggerHandler,
  PreTokenGenerationTriggerHandler,
  PreTokenGenerationV2TriggerHandler,
  PreTokenGenerationV3TriggerHandler,
  SQSHandler,
  UserMigrationTriggerHandler,
  VerifyAuthChallengeResponseTriggerHandler,
} from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

const v = cognitoUserPool.variant;

// Each variant's handler receives that trigger's event.
router().on(v('PreSignUp_SignUp'), async (event) => {
  expectTypeOf(event.triggerSource).toEqualTypeOf<'PreSignUp_SignUp'>();
  expectTypeOf(event.request.userAttributes).toEqualTypeOf<Record<string, string>>();
  return { autoConfirmUser: true, autoVerifyEmail: true };
});
router().on(v('CustomMessage_ForgotPassword'), async (event) => {
  expectTypeOf(event.request.codeParameter).toBeString();
  return { emailSubject: 'Reset your password', emailMessage: `Your code is ${event.request.codeParameter}` };
});
router().on(v('VerifyAuthChallengeResponse_Authentication'), async (event) => ({
  answerCorrect: event.request.challengeAnswer === event.request.privateChallengeParameters.answer,
}));
router().on(v('DefineAuthChallenge_Authentication'), async (event) =>
  event.request.session.length > 0 ? cognitoIssueTokens() : cognitoNextChallenge(),
);
router().on(v('UserMigration_Authentication'), async () => ({
  userAttributes: { email: 'a@example.com', email_verified: 'true' },
  finalUserStatus: 'CONFIRMED' as const,
  messageAction: 'SUPPRESS' as const,
}));

// Pre token generation: the event is the union of versions; either answer shape fits.
router().on(v('TokenGeneration_RefreshTokens'), async (event) => {
  expectTypeOf(event.version).toEqualTypeOf<'1' | '2' | '3'>();
  if (event.version === '1') return { claimsOverrideDetails: { claimsToAddOrOverride: { tenant: 'acme' } } };
  return {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: { claimsToAddOrOverride: { roles: ['admin'] }, scopesToAdd: ['orders/read'] },
    },
  };
});
// A machine's token event is version 3 only, answered with claimsAndScopeOverrideDetails.
router().on(v('TokenGeneration_ClientCredentials'), async (event) => {
  expectTypeOf(event.version).toEqualTypeOf<'3'>();
  return { claimsAndScopeOverrideDetails: { accessTokenGeneration: { scopesToSuppress: ['admin'] } } };
});
// @ts-expect-error a machine token event is version 3: claimsOverrideDetails is the version 1 answer
router().on(v('TokenGeneration_ClientCredentials'), async () => ({ claimsOverrideDetails: {} }));

// Triggers that read nothing back return nothing, or the event.
router().on(v('PostConfirmation_ConfirmSignUp'), async () => {});
router().on(v('PostAuthentication_Authentication'), async (event) => event);
router().on(v('CustomEmailSender_SignUp'), async (event) => {
  expectTypeOf(event.request.code).toEqualTypeOf<string | null | undefined>();
});

// The whole event with `response` filled in is an answer too.
router().on(v('PreSignUp_AdminCreateUser'), async (event) => {
  event.response.autoConfirmUser = true;
  return event;
});

// Wrong answers do not compile.
// @ts-expect-error autoConfirmUser is a boolean
router().on(v('PreSignUp_SignUp'), async () => ({ autoConfirmUser: 'yes' }));
// @ts-expect-error claimsToAddOrOverride maps names to strings in version 1
router().on(v('TokenGeneration_HostedAuth'), async () => ({ claimsOverrideDetails: { claimsToAddOrOverride: 'x' } }));
// @ts-expect-error claimsToSuppress is a list of claim names
router().on(v('TokenGeneration_HostedAuth'), async () => ({ claimsOverrideDetails: { claimsToSuppress: 'email' } }));
// @ts-expect-error a pre sign-up answer on a custom message trigger
router().on(v('CustomMessage_SignUp'), async () => ({ autoConfirmUser: true }));
// @ts-expect-error post confirmation reads nothing back
router().on(v('PostConfirmation_ConfirmSignUp'), async () => ({ autoConfirmUser: true }));
// @ts-expect-error answerCorrect is a boolean
router().on(v('VerifyAuthChallengeResponse_Authentication'), async () => ({ answerCorrect: 'yes' }));
// @ts-expect-error finalUserStatus is CONFIRMED or RESET_REQUIRED
router().on(v('UserMigration_ForgotPassword'), async () => ({ finalUserStatus: 'ACTIVE' as const }));
// @ts-expect-error an unknown trigger source is not a variant
cognitoUserPool.variant('PreSignUp_Signup');

// A handler on the whole source sees every trigger's event and answers any trigger's fields.
router().on(cognitoUserPool, async (event) => {
  if (event.triggerSource === 'PreSignUp_SignUp') return { autoConfirmUser: true };
  if (event.triggerSource === 'CustomMessage_SignUp') return { smsMessage: `Code: ${event.request.codeParameter}` };
  return undefined;
});

// Lists and groups share one handler; it sees either event and answers their common shape.
router().on([v('PreSignUp_SignUp'), v('PreSignUp_AdminCreateUser')], async (event) => {
  expectTypeOf(event.triggerSource).toEqualTypeOf<'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser'>();
  return { autoConfirmUser: true };
});
router().on(cognitoTriggers.preSignUp, async (event) => {
  expectTypeOf(event).toEqualTypeOf<
    CognitoTriggerEvent<'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser' | 'PreSignUp_ExternalProvider'>
  >();
  return { autoVerifyEmail: true };
});
// @ts-expect-error a custom message answer for the pre sign-up group
router().on(cognitoTriggers.preSignUp, async () => ({ smsMessage: 'hi' }));

// Handlers typed with @types/aws-lambda mount on their variants and groups without a cast.
declare const preSignUp: PreSignUpTriggerHandler;
declare const postConfirmation: PostConfirmationTriggerHandler;
declare const preAuthentication: PreAuthenticationTriggerHandler;
declare const postAuthentication: PostAuthenticationTriggerHandler;
declare const defineAuthChallenge: DefineAuthChallengeTriggerHandler;
declare const createAuthChallenge: CreateAuthChallengeTriggerHandler;
declare const verifyAuthChallenge: VerifyAuthChallengeResponseTriggerHandler;
declare const preTokenGeneration: PreTokenGenerationTriggerHandler;
declare const preTokenGenerationV2: PreTokenGenerationV2TriggerHandler;
declare const preTokenGenerationV3: PreTokenGenerationV3TriggerHandler;
declare const userMigration: UserMigrationTriggerHandler;
declare const customMessage: CustomMessageTriggerHandler;
declare const customEmailSender: CustomEmailSenderTriggerHandler;
declare const customSmsSender: CustomSMSSenderTriggerHandler;
declare const inboundFederation: InboundFederationTriggerHandler;
declare const sqsHandler: SQSHandler;

router()
  .on(v('PreSignUp_SignUp'), preSignUp)
  .on(cognitoTriggers.postConfirmation, postConfirmation)
  .on(v('PreAuthentication_Authentication'), preAuthentication)
  .on(v('PostAuthentication_Authentication'), postAuthentication)
  .on(v('DefineAuthChallenge_Authentication'), defineAuthChallenge)
  .on(v('CreateAuthChallenge_Authentication'), createAuthChallenge)
  .on(v('VerifyAuthChallengeResponse_Authentication'), verifyAuthChallenge)
  .on(v('TokenGeneration_HostedAuth'), preTokenGeneration)
  .on(v('TokenGeneration_Authentication'), preTokenGenerationV2)
  .on(v('TokenGeneration_ClientCredentials'), preTokenGenerationV3)
  .on(cognitoTriggers.userMigration, userMigration)
  .on(cognitoTriggers.customMessage, customMessage)
  .on(cognitoTriggers.customEmailSender, customEmailSender)
  .on(cognitoTriggers.customSmsSender, customSmsSender)
  .on(v('InboundFederation_ExternalProvider'), inboundFederation);
router().on([v('PreSignUp_SignUp'), v('PreSignUp_AdminCreateUser')], preSignUp);

// A handler for another trigger (or another source) is a compile error.
// @ts-expect-error an SQS handler on a user pool trigger
router().on(v('PreSignUp_SignUp'), sqsHandler);
// @ts-expect-error a pre sign-up handler on a custom message trigger
router().on(v('CustomMessage_SignUp'), preSignUp);

// Cognito Sync: the handler answers datasetRecords (or the whole event, or nothing).
router().on(cognitoSync, async (event) => {
  expectTypeOf(event).toEqualTypeOf<CognitoSyncEvent>();
  return { datasetRecords: { level: { newValue: '5', op: 'replace' as const } } };
});
router().on(cognitoSync, async (event) => event);
router().on(cognitoSync, async () => {});
// @ts-expect-error op is replace or remove
router().on(cognitoSync, async () => ({ datasetRecords: { level: { newValue: '5', op: 'set' as const } } }));
// @ts-expect-error datasetRecords maps keys to records, not values
router().on(cognitoSync, async () => ({ datasetRecords: { level: '5' } }));
// @ts-expect-error a user pool answer on a sync trigger
router().on(cognitoSync, async () => ({ autoConfirmUser: true }));
