import { SwitchboardError } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { CognitoDefineAuthChallengeAnswer } from './answers.js';

/**
 * Turns a handler's return value into the event Cognito expects back:
 * nothing returns the event as received; an object with `triggerSource` is
 * a whole event (what handlers typed with `@types/aws-lambda` return) and is
 * sent as it is; any other object holds response fields, merged over the
 * event's `response`.
 *
 * @example
 * toCognitoUserPoolAnswer({ autoConfirmUser: true }, event) // { ...event, response: { ...event.response, autoConfirmUser: true } }
 * @throws SwitchboardError `INVALID_ANSWER` when the handler returned something other than an object or nothing.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function toCognitoUserPoolAnswer<Event extends { readonly response?: object | undefined }>(
  result: unknown,
  event: Event,
): Event {
  if (result === undefined || result === null) return event;
  if (!isObject(result) || Array.isArray(result)) {
    throw new SwitchboardError(
      'INVALID_ANSWER',
      `A cognito-user-pool handler returns its trigger's response fields, the whole event or nothing, not ${Array.isArray(result) ? 'an array' : typeof result}`,
    );
  }
  if (typeof result.triggerSource === 'string') return result as Event;
  return { ...event, response: { ...event.response, ...result } };
}

type ChallengeDecision = Required<Pick<CognitoDefineAuthChallengeAnswer, 'issueTokens' | 'failAuthentication'>> &
  Pick<CognitoDefineAuthChallengeAnswer, 'challengeName'>;

/**
 * A define auth challenge answer that ends the custom flow and issues tokens.
 *
 * @example
 * router().on(cognitoUserPool.variant('DefineAuthChallenge_Authentication'), async (event) =>
 *   event.request.session.at(-1)?.challengeResult ? cognitoIssueTokens() : cognitoNextChallenge())
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function cognitoIssueTokens(): ChallengeDecision {
  return { issueTokens: true, failAuthentication: false };
}

/**
 * A define auth challenge answer that fails the sign-in.
 *
 * @example
 * router().on(cognitoUserPool.variant('DefineAuthChallenge_Authentication'), async (event) =>
 *   event.request.session.length >= 3 ? cognitoFailAuthentication() : cognitoNextChallenge())
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function cognitoFailAuthentication(): ChallengeDecision {
  return { issueTokens: false, failAuthentication: true };
}

/**
 * A define auth challenge answer that asks for another challenge: your
 * create auth challenge trigger's (`CUSTOM_CHALLENGE`, the default), or a
 * built-in one such as `PASSWORD_VERIFIER` or `SRP_A`.
 *
 * @example
 * router().on(cognitoUserPool.variant('DefineAuthChallenge_Authentication'), async () => cognitoNextChallenge())
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function cognitoNextChallenge(challengeName = 'CUSTOM_CHALLENGE'): ChallengeDecision {
  return { challengeName, issueTokens: false, failAuthentication: false };
}
