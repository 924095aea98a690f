import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router, SwitchboardError, ValidationError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { cognitoSyncReference } from '@switchboard/sources/cognito-sync';
import {
  type CognitoTriggerSource,
  type CognitoUserPoolEvent,
  cognitoFailAuthentication,
  cognitoIssueTokens,
  cognitoNextChallenge,
  cognitoTriggerSourceList,
  cognitoTriggerSources,
  cognitoTriggers,
  cognitoUserPool,
  cognitoUserPoolReference,
  toCognitoUserPoolAnswer,
} from '@switchboard/sources/cognito-user-pool';
import type { Context, PreSignUpTriggerHandler } from 'aws-lambda';

const context = {} as Context;
const envelope = {
  version: '1',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_Xq7mP2kLd',
  userName: 'maria',
  callerContext: { awsSdkVersion: 'aws-sdk-js-3.592.0', clientId: '4k8q2v6r1t3n5p7s9u0w2y4a6c' },
};
const userAttributes = {
  sub: '5f2a9c1e-83b4-4d2e-9a61-0c7b3e8f4d21',
  email: 'maria@example.com',
  email_verified: 'true',
};
const session = [{ challengeName: 'SRP_A', challengeResult: true }];
const groupConfiguration = { groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: null };

/** The request and response a user pool sends for each trigger, by the prefix of its trigger sources. */
const parts: Record<string, { request: object; response?: object; version?: string }> = {
  PreSignUp: { request: { userAttributes, validationData: null }, response: { autoConfirmUser: false } },
  PostConfirmation: { request: { userAttributes }, response: {} },
  PreAuthentication: { request: { userAttributes, userNotFound: false }, response: {} },
  PostAuthentication: { request: { userAttributes, newDeviceUsed: true }, response: {} },
  DefineAuthChallenge: { request: { userAttributes, session }, response: { challengeName: null } },
  CreateAuthChallenge: { request: { userAttributes, challengeName: 'CUSTOM_CHALLENGE', session }, response: {} },
  VerifyAuthChallengeResponse: {
    request: { userAttributes, privateChallengeParameters: { answer: '42' }, challengeAnswer: '42' },
    response: { answerCorrect: null },
  },
  TokenGeneration: { request: { userAttributes, groupConfiguration }, response: { claimsOverrideDetails: null } },
  TokenGeneration_ClientCredentials: {
    version: '3',
    request: { scopes: ['orders/read'], clientMetadata: { tenant: 'acme' } },
    response: { claimsAndScopeOverrideDetails: null },
  },
  UserMigration: { request: { password: 'correct horse' }, response: { userAttributes: null, finalUserStatus: null } },
  CustomMessage: {
    request: { userAttributes, codeParameter: '{####}', linkParameter: null, usernameParameter: null },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  },
  CustomEmailSender: { request: { type: 'customEmailSenderRequestV1', code: 'AYADeBgvnDg', userAttributes } },
  CustomEmailSender_AccountTakeOverNotification: {
    request: {
      type: 'customEmailSenderRequestV1',
      code: null,
      userAttributes: { EVENT_ID: 'e-1', IP_ADDRESS: '198.51.100.7' },
    },
  },
  CustomSMSSender: { request: { type: 'customSMSSenderRequestV1', code: 'AYADeBgvnDg', userAttributes } },
  InboundFederation: {
    request: { providerName: 'Okta', providerType: 'OIDC', attributes: { idToken: { email: 'maria@example.com' } } },
    response: { userAttributesToMap: null },
  },
};

/** A valid event of `triggerSource`, as the user pool sends it. */
function eventFor(triggerSource: CognitoTriggerSource): CognitoUserPoolEvent {
  const part = parts[triggerSource] ?? parts[triggerSource.split('_')[0] ?? ''];
  if (part === undefined) throw new Error(`no test event for ${triggerSource}`);
  return { ...envelope, ...part, triggerSource } as CognitoUserPoolEvent;
}

describe('cognito-user-pool', () => {
  it('detects its sample as cognito-user-pool only, the PreSignUp_SignUp variant, and the sample passes the schema', () => {
    const sample = cognitoUserPoolReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cognitoUserPoolReference, variant: 'PreSignUp_SignUp' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([cognitoUserPoolReference]);
    expect(checkEvent(cognitoUserPoolReference, sample)).toEqual([]);
  });

  it.each(cognitoTriggerSourceList.map((name) => [name]))('accepts and routes %s to its own handler', async (name) => {
    const event = eventFor(name);
    expect(checkEvent(cognitoUserPoolReference, event)).toEqual([]);
    const seen: string[] = [];
    const app = router({ validateEvent: true, validateResponse: true })
      .on(cognitoUserPoolReference.variant(name), async (received) => {
        seen.push(received.triggerSource);
      })
      .on(cognitoUserPoolReference, async () => {
        seen.push('source');
      });
    await expect(app.handler(event, context)).resolves.toBe(event);
    expect(seen).toEqual([name]);
  });

  it('lists every trigger source AWS documents, grouped by trigger', () => {
    expect(cognitoUserPool.variants).toEqual(cognitoTriggerSourceList);
    expect(cognitoUserPool.variants).toHaveLength(41);
    expect(cognitoTriggers.preSignUp.map((variant) => variant.name)).toEqual([
      'PreSignUp_SignUp',
      'PreSignUp_AdminCreateUser',
      'PreSignUp_ExternalProvider',
    ]);
    expect(cognitoTriggers.preTokenGeneration.map((variant) => variant.name)).toContain(
      'TokenGeneration_ClientCredentials',
    );
    expect(() => cognitoUserPool.variant('PreSignup_SignUp' as CognitoTriggerSource)).toThrow(/no variant/);
  });

  it('answers with the whole event, response fields merged over the response Cognito sent', async () => {
    const event = eventFor('PreSignUp_AdminCreateUser');
    const preSignUp = cognitoTriggerSources.preSignUp.map((name) => cognitoUserPoolReference.variant(name));
    const app = router({ validateResponse: true }).on(preSignUp, async () => ({
      autoVerifyEmail: true,
    }));
    const answer = await app.handler(event, context);
    expect(answer).toEqual({ ...event, response: { autoConfirmUser: false, autoVerifyEmail: true } });
    expect(checkResponse(cognitoUserPoolReference, answer)).toEqual([]);
  });

  it('passes through a whole event returned by an @types/aws-lambda handler', async () => {
    const typed: PreSignUpTriggerHandler = async (event) => {
      event.response.autoConfirmUser = true;
      return event;
    };
    const event = eventFor('PreSignUp_SignUp');
    const answer = await router().on(cognitoUserPool.variant('PreSignUp_SignUp'), typed).handler(event, context);
    expect(answer).toBe(event);
    expect(answer).toMatchObject({ response: { autoConfirmUser: true } });
  });

  it('sends the event back as received when the handler returns nothing', async () => {
    const event = eventFor('PostConfirmation_ConfirmForgotPassword');
    const app = router().on(cognitoTriggers.postConfirmation, async () => {});
    await expect(app.handler(event, context)).resolves.toBe(event);
  });

  it('answers a version 1 token event with claimsOverrideDetails and a version 2 one with claimsAndScopeOverrideDetails', async () => {
    const preTokenGeneration = cognitoTriggerSources.preTokenGeneration.map((name) =>
      cognitoUserPoolReference.variant(name),
    );
    const app = router({ validateResponse: true }).on(preTokenGeneration, async (event) =>
      event.version === '1'
        ? { claimsOverrideDetails: { claimsToAddOrOverride: { tenant: 'acme' }, claimsToSuppress: ['email'] } }
        : { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { roles: ['admin'] } } } },
    );
    const v1 = eventFor('TokenGeneration_RefreshTokens');
    const v2 = { ...v1, version: '2', response: { claimsAndScopeOverrideDetails: null } };
    await expect(app.handler(v1, context)).resolves.toMatchObject({
      response: { claimsOverrideDetails: { claimsToAddOrOverride: { tenant: 'acme' } } },
    });
    await expect(app.handler(v2, context)).resolves.toMatchObject({
      response: {
        claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { roles: ['admin'] } } },
      },
    });
  });

  it('refuses an answer of the wrong shape for the trigger when responses are validated', async () => {
    const app = router({ validateResponse: true }).on(
      cognitoUserPoolReference.variant('PreSignUp_SignUp'),
      async () => ({ autoConfirmUser: 'yes' }) as unknown as { autoConfirmUser: boolean },
    );
    await expect(app.handler(eventFor('PreSignUp_SignUp'), context)).rejects.toBeInstanceOf(ValidationError);
  });

  it('builds define auth challenge decisions that pass the response schema', () => {
    const event = eventFor('DefineAuthChallenge_Authentication');
    expect(cognitoIssueTokens()).toEqual({ issueTokens: true, failAuthentication: false });
    expect(cognitoFailAuthentication()).toEqual({ issueTokens: false, failAuthentication: true });
    expect(cognitoNextChallenge()).toEqual({
      challengeName: 'CUSTOM_CHALLENGE',
      issueTokens: false,
      failAuthentication: false,
    });
    for (const decision of [
      cognitoIssueTokens(),
      cognitoFailAuthentication(),
      cognitoNextChallenge('PASSWORD_VERIFIER'),
    ]) {
      expect(checkResponse(cognitoUserPoolReference, toCognitoUserPoolAnswer(decision, event))).toEqual([]);
    }
  });

  it('throws INVALID_ANSWER for an answer that is neither an object nor nothing', () => {
    const event = eventFor('CustomMessage_SignUp');
    for (const result of ['hi', 42, true, [{ smsMessage: 'x' }]]) {
      expect(() => toCognitoUserPoolAnswer(result, event)).toThrow(SwitchboardError);
      expect(() => toCognitoUserPoolAnswer(result, event)).toThrow(/response fields, the whole event or nothing/);
    }
  });

  it("rejects with the handler's error, which Cognito shows the user", async () => {
    const app = router().on(cognitoUserPool.variant('PreSignUp_SignUp'), async () => {
      throw new Error('Sign-ups are closed');
    });
    await expect(app.handler(eventFor('PreSignUp_SignUp'), context)).rejects.toThrow('Sign-ups are closed');
  });

  it('refuses, when validating, an event whose trigger source AWS does not document', async () => {
    const event = { ...eventFor('PreSignUp_SignUp'), triggerSource: 'PreSignUp_Unknown' };
    const app = router({ validateEvent: true }).on(cognitoUserPoolReference, async () => {});
    await expect(app.handler(event, context)).rejects.toBeInstanceOf(ValidationError);
  });

  it.each([
    ['a Cognito Sync event', cognitoSyncReference.sample()],
    ['a triggerSource without userPoolId', { triggerSource: 'PreSignUp_SignUp', request: {} }],
    ['a userPoolId without triggerSource', { userPoolId: 'eu-west-1_Xq7mP2kLd', request: {} }],
    ['a request that is not an object', { triggerSource: 'PreSignUp_SignUp', userPoolId: 'p', request: 'x' }],
  ])('does not claim %s', (_name, event) => {
    expect(cognitoUserPool.detect(event)).toBe(false);
  });
});
