// Two user pool triggers on one function: pre sign-up confirms staff (and their email) without a
// code, post confirmation logs the new user. Each handler returns its own trigger's response fields.
import { router } from '@switchboard/core';
import { cognitoTriggers } from '@switchboard/sources/cognito-user-pool';

const staffDomain = '@example.com';

export const handler = router()
  .on(cognitoTriggers.preSignUp, async (event) => {
    const staff = event.request.userAttributes.email?.endsWith(staffDomain) ?? false;
    return { autoConfirmUser: staff, autoVerifyEmail: staff };
  })
  .on(cognitoTriggers.postConfirmation, async (event) => {
    console.log('confirmed', event.userName, 'in', event.userPoolId);
  }).handler;
