/**
 * Every `triggerSource` a user pool sends, grouped by the Lambda trigger
 * that receives it. The strings are AWS's, exactly: they are the variant
 * names, and `cognitoTriggers.preSignUp` (say) mounts a whole group.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const cognitoTriggerSources = {
  preSignUp: ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'],
  postConfirmation: ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'],
  preAuthentication: ['PreAuthentication_Authentication'],
  postAuthentication: ['PostAuthentication_Authentication'],
  defineAuthChallenge: ['DefineAuthChallenge_Authentication'],
  createAuthChallenge: ['CreateAuthChallenge_Authentication'],
  verifyAuthChallengeResponse: ['VerifyAuthChallengeResponse_Authentication'],
  // Event versions 1, 2 and 3; only version 3 runs for client-credentials (machine) grants.
  preTokenGeneration: [
    'TokenGeneration_HostedAuth',
    'TokenGeneration_Authentication',
    'TokenGeneration_NewPasswordChallenge',
    'TokenGeneration_AuthenticateDevice',
    'TokenGeneration_RefreshTokens',
    'TokenGeneration_ClientCredentials',
  ],
  userMigration: ['UserMigration_Authentication', 'UserMigration_ForgotPassword'],
  customMessage: [
    'CustomMessage_SignUp',
    'CustomMessage_AdminCreateUser',
    'CustomMessage_ResendCode',
    'CustomMessage_ForgotPassword',
    'CustomMessage_UpdateUserAttribute',
    'CustomMessage_VerifyUserAttribute',
    'CustomMessage_Authentication',
  ],
  customEmailSender: [
    'CustomEmailSender_SignUp',
    'CustomEmailSender_ResendCode',
    'CustomEmailSender_ForgotPassword',
    'CustomEmailSender_UpdateUserAttribute',
    'CustomEmailSender_VerifyUserAttribute',
    'CustomEmailSender_AdminCreateUser',
    'CustomEmailSender_Authentication',
    'CustomEmailSender_AccountTakeOverNotification',
  ],
  customSmsSender: [
    'CustomSMSSender_SignUp',
    'CustomSMSSender_ResendCode',
    'CustomSMSSender_ForgotPassword',
    'CustomSMSSender_UpdateUserAttribute',
    'CustomSMSSender_VerifyUserAttribute',
    'CustomSMSSender_AdminCreateUser',
    'CustomSMSSender_Authentication',
  ],
  inboundFederation: ['InboundFederation_ExternalProvider'],
} as const;

type TriggerTable = typeof cognitoTriggerSources;
/** A Lambda trigger of a user pool, as `cognitoTriggerSources` names it (`preSignUp`, `customMessage`, ...). */
export type CognitoTrigger = keyof TriggerTable;
/** The `triggerSource` strings one trigger receives. */
export type CognitoTriggerSourceOf<Trigger extends CognitoTrigger> = TriggerTable[Trigger][number];
/** Any `triggerSource` a user pool sends: the variant names of `cognitoUserPool`. */
export type CognitoTriggerSource = CognitoTriggerSourceOf<CognitoTrigger>;

/** Every trigger source, in the table's order: the source's `variants`. */
export const cognitoTriggerSourceList: readonly CognitoTriggerSource[] = Object.values(cognitoTriggerSources).flat();
