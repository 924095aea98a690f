import { type CognitoTrigger, type CognitoUserPoolEvent, cognitoTriggerSources } from '@switchboard/sources';
import type { VariantMakers } from '../../event-factory.js';

const userAttributes = {
  sub: '5f2a9c1e-83b4-4d2e-9a61-0c7b3e8f4d21',
  email: 'maria.garcia@example.com',
  email_verified: 'true',
};
const session = [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'CAPTCHA' }];
const senderRequest = {
  type: 'customEmailSenderRequestV1',
  code: 'AYADeBgjLw6rd2ApNAZ3hNUyF2wAXwABABVhd3MtY3J5cHRv',
  userAttributes,
};

// What each trigger asks, as the Cognito developer guide shows it; answers start empty.
// @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
const requests: Readonly<Record<CognitoTrigger, object | undefined>> = {
  preSignUp: undefined, // the source's sample is a PreSignUp_SignUp event
  postConfirmation: { userAttributes },
  preAuthentication: { userAttributes, validationData: null, userNotFound: false },
  postAuthentication: { userAttributes, newDeviceUsed: false },
  defineAuthChallenge: { userAttributes, session, userNotFound: false },
  createAuthChallenge: { userAttributes, challengeName: 'CUSTOM_CHALLENGE', session: [], userNotFound: false },
  verifyAuthChallengeResponse: {
    userAttributes,
    privateChallengeParameters: { answer: 'blue' },
    challengeAnswer: 'blue',
    userNotFound: false,
  },
  preTokenGeneration: {
    userAttributes,
    groupConfiguration: { groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: null },
    scopes: ['openid', 'email'],
  },
  userMigration: { password: 'correct-horse-battery-staple', validationData: null },
  customMessage: {
    userAttributes,
    codeParameter: '{####}',
    linkParameter: '{##Click Here##}',
    usernameParameter: null,
  },
  customEmailSender: senderRequest,
  customSmsSender: { ...senderRequest, type: 'customSMSSenderRequestV1' },
  inboundFederation: {
    providerName: 'Okta',
    providerType: 'OIDC',
    attributes: { idToken: { sub: '00u1a2b3c4', email: 'maria.garcia@example.com' }, userInfo: {} },
  },
};

// Exceptions to the table: a machine token has no user, a takeover notice describes the sign-in.
const bySource: Readonly<Record<string, Partial<CognitoUserPoolEvent>>> = {
  TokenGeneration_ClientCredentials: { version: '3', request: { scopes: ['orders/read'] } } as never,
  CustomEmailSender_AccountTakeOverNotification: {
    request: {
      type: 'customEmailSenderRequestV1',
      code: null,
      userAttributes: {
        EVENT_ID: 'c1f8e0a2',
        USER_NAME: 'maria',
        IP_ADDRESS: '203.0.113.24',
        ACCOUNT_TAKE_OVER_ACTION: 'BLOCK',
        LOGIN_TIME: '2024-05-14T09:30:12Z',
        CITY: 'Madrid',
        COUNTRY: 'Spain',
      },
    },
  } as never,
};

function makeTrigger(trigger: CognitoTrigger, triggerSource: string) {
  return (sample: CognitoUserPoolEvent): CognitoUserPoolEvent => {
    const request = requests[trigger] ?? sample.request;
    const version = trigger === 'preTokenGeneration' ? '2' : sample.version;
    return {
      ...sample,
      version,
      triggerSource,
      request,
      response: {},
      ...bySource[triggerSource],
    } as CognitoUserPoolEvent;
  };
}

/** Every Cognito `triggerSource`: the envelope of the sample with that trigger's request. */
export const cognitoUserPoolVariants: VariantMakers<CognitoUserPoolEvent> = Object.fromEntries(
  (Object.entries(cognitoTriggerSources) as [CognitoTrigger, readonly string[]][]).flatMap(([trigger, names]) =>
    names.map((name) => [name, makeTrigger(trigger, name)]),
  ),
);
