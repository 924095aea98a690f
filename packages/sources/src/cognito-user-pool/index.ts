import { defineSource, type SourceVariant, withVariantTypes } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import { cognitoUserPoolResponseSchema, toCognitoUserPoolAnswer } from './respond.js';
import { sampleCognitoUserPoolEvent } from './sample.js';
import { cognitoUserPoolEventSchema } from './schema.js';
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

export * from './answers.js';
export * from './respond.js';
export * from './schema.js';
export * from './triggers.js';
export * from './types.js';

const guide = 'https://docs.aws.amazon.com/cognito/latest/developerguide';

const source = defineSource({
  id: 'cognito-user-pool',
  invocation: 'sync',
  // `triggerSource` beside `userPoolId` is the user pool trigger envelope; no other
  // Lambda caller sends either key, and every trigger sends both with a `request`
  // object. Cognito Sync events carry `identityPoolId` and `eventType` instead.
  // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
  detect: (event) =>
    isObject(event) &&
    typeof event.triggerSource === 'string' &&
    typeof event.userPoolId === 'string' &&
    isObject(event.request),
  schema: cognitoUserPoolEventSchema,
  response: cognitoUserPoolResponseSchema,
  variants: cognitoTriggerSourceList,
  variantOf: (event) => event.triggerSource,
  toResult: (result: CognitoUserPoolResult | undefined, event) => toCognitoUserPoolAnswer(result, event),
  sample: sampleCognitoUserPoolEvent,
  docs: {
    service: 'Amazon Cognito (user pools)',
    summary:
      "A user pool invokes its Lambda triggers during sign-up, sign-in, token issue, user migration and messaging, and reads the event back with `response` filled in. Each `triggerSource` is a variant with its own event and answer types; a handler returns its trigger's response fields (or the whole event, or nothing) and the router answers with the whole event.",
    detection:
      'The event has a string `triggerSource`, a string `userPoolId` and a `request` object; the variant is the `triggerSource` itself (`PreSignUp_SignUp`, `TokenGeneration_RefreshTokens`, ...).',
    retries:
      "Cognito waits for the answer: a thrown error fails the user's operation and its message reaches the client (for example `PreSignUp failed with error ...`). Cognito retries a call that times out or is throttled, up to three attempts in all. Custom email and SMS sender triggers are invoked asynchronously, so Lambda's asynchronous retries apply to them and their answer is ignored.",
    limits: [
      {
        name: 'Response time',
        value: '5 seconds per invocation, not configurable',
        link: `${guide}/cognito-user-pools-working-with-lambda-triggers.html`,
      },
      {
        name: 'Custom message length',
        value: 'SMS 140 UTF-8 characters, email 20,000 UTF-8 characters, code included',
        link: `${guide}/user-pool-lambda-custom-message.html`,
      },
    ],
    links: [
      {
        title: 'Customizing user pool workflows with Lambda triggers',
        url: `${guide}/cognito-user-pools-working-with-lambda-triggers.html`,
      },
      { title: 'Pre token generation Lambda trigger', url: `${guide}/user-pool-lambda-pre-token-generation.html` },
      { title: 'Custom authentication challenge Lambda triggers', url: `${guide}/user-pool-lambda-challenge.html` },
    ],
  },
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
