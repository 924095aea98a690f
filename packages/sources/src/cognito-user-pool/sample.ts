import type { CognitoUserPoolEvent } from './schema.js';

/** A pre sign-up event as a user pool sends it when someone signs up through an app client. */
export function sampleCognitoUserPoolEvent(): CognitoUserPoolEvent {
  return {
    version: '1',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_Xq7mP2kLd',
    userName: '5f2a9c1e-83b4-4d2e-9a61-0c7b3e8f4d21',
    callerContext: {
      awsSdkVersion: 'aws-sdk-js-3.592.0',
      clientId: '4k8q2v6r1t3n5p7s9u0w2y4a6c',
    },
    triggerSource: 'PreSignUp_SignUp',
    request: {
      userAttributes: {
        email: 'maria.garcia@example.com',
        given_name: 'María',
        'custom:plan': 'team',
      },
      validationData: { captchaToken: '03AFcWeA6v8Jq2' },
      clientMetadata: { signupSource: 'pricing-page' },
    },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  };
}
