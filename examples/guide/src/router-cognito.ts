import { router } from '@switchboard/core';
import { cognitoTriggers, cognitoUserPool } from '@switchboard/sources/cognito-user-pool';

/**
 * Cognito triggers: each handler sees its trigger's event and returns only
 * that trigger's `response` fields; the router puts them into the event
 * Cognito reads back. Returning a field the trigger does not have is a
 * compile error.
 */
export const handler = router()
  // Every pre sign-up trigger (sign-up, admin create, external provider) at once.
  .on(cognitoTriggers.preSignUp, async (event) => {
    const staff = event.request.userAttributes.email?.endsWith('@example.com') ?? false;
    return { autoConfirmUser: staff, autoVerifyEmail: staff };
  })
  // One trigger source only.
  .on(cognitoUserPool.variant('PostConfirmation_ConfirmSignUp'), async (event) => {
    console.log('welcome', event.userName);
  }).handler;
