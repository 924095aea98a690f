import { runtimeSource, type SourceVariant, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { toCognitoUserPoolAnswer } from './respond.js';
import type { CognitoUserPoolEvent } from './schema.js';
import {
  type CognitoTrigger,
  type CognitoTriggerSourceOf,
  cognitoTriggerSourceList,
  cognitoTriggerSources,
} from './triggers.js';
import type {
  CognitoTriggerEvent,
  CognitoTriggerResult,
  CognitoUserPoolResult,
  CognitoUserPoolTriggerTypes,
} from './types.js';

const source = runtimeSource<CognitoUserPoolEvent, CognitoUserPoolResult | undefined>()({
  id: 'cognito-user-pool',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // `triggerSource` beside `userPoolId` is the user pool trigger envelope; no other
  // Lambda caller sends either key, and every trigger sends both with a `request`
  // object. Cognito Sync events carry `identityPoolId` and `eventType` instead.
  // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
  detect: (event) =>
    isObject(event) &&
    typeof event.triggerSource === 'string' &&
    typeof event.userPoolId === 'string' &&
    isObject(event.request),
  variants: cognitoTriggerSourceList,
  variantOf: (event) => event.triggerSource,
  toResult: (result: CognitoUserPoolResult | undefined, event) => toCognitoUserPoolAnswer(result, event),
});

/**
 * Amazon Cognito user pool Lambda triggers. Mount a handler per trigger
 * source (or per group, with `cognitoTriggers`); each handler sees its
 * trigger's event and returns its trigger's response fields.
 *
 * @example
 * router()
 *   .on(cognitoUserPool.variant('PreSignUp_SignUp'), async (event) => ({
 *     autoConfirmUser: event.request.userAttributes.email?.endsWith('@example.com') ?? false,
 *   }))
 *   .on(cognitoTriggers.postConfirmation, async (event) => { await welcome(event.userName) })
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const cognitoUserPool = withVariantTypes<CognitoUserPoolTriggerTypes>()(source);

/** The variants of one trigger, mounted together with `router().on(list, handler)`. */
export type CognitoTriggerGroup<Trigger extends CognitoTrigger> = readonly SourceVariant<
  CognitoTriggerEvent<CognitoTriggerSourceOf<Trigger>>,
  CognitoTriggerResult<CognitoTriggerSourceOf<Trigger>>
>[];

/**
 * Every trigger's variants as one mountable list: `cognitoTriggers.preSignUp`
 * is the three `PreSignUp_*` variants, `cognitoTriggers.preTokenGeneration`
 * the six `TokenGeneration_*` ones.
 *
 * @example
 * router().on(cognitoTriggers.preSignUp, async () => ({ autoConfirmUser: true }))
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
// Built from the trigger table; the compiler cannot follow `Object.entries`, hence the cast.
export const cognitoTriggers = Object.fromEntries(
  Object.entries(cognitoTriggerSources).map(([trigger, names]) => [
    trigger,
    names.map((name) => cognitoUserPool.variant(name)),
  ]),
) as unknown as { readonly [Trigger in CognitoTrigger]: CognitoTriggerGroup<Trigger> };
