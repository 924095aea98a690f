import * as z from 'zod/mini';
import { cognitoCustomMessageAnswerSchema, cognitoEmptyAnswerSchema } from './answers.js';
import { clientMetadata, envelope, stringMap } from './envelope.js';
import { cognitoTriggerSources as sources } from './triggers.js';

/**
 * Events of the messaging triggers: the custom message trigger, which
 * rewrites Cognito's messages, and the custom email and SMS senders, which
 * deliver them instead of Cognito.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
 */
export const customMessage = z.object({
  ...envelope,
  triggerSource: z.enum(sources.customMessage),
  request: z.object({
    userAttributes: stringMap,
    codeParameter: z.string(),
    linkParameter: z.optional(z.nullable(z.string())),
    // Set for CustomMessage_AdminCreateUser only.
    usernameParameter: z.optional(z.nullable(z.string())),
    clientMetadata,
  }),
  response: cognitoCustomMessageAnswerSchema,
});

const takeover = 'CustomEmailSender_AccountTakeOverNotification';
const isNotTakeover = <Name extends string>(name: Name): name is Exclude<Name, typeof takeover> => name !== takeover;
// The code is encrypted with the pool's KMS key; an account takeover notice has none.
const senderRequest = {
  type: z.string(),
  code: z.optional(z.nullable(z.string())),
  userAttributes: stringMap,
  clientMetadata,
};
export const customEmailSender = z.object({
  ...envelope,
  triggerSource: z.enum(sources.customEmailSender.filter(isNotTakeover)),
  request: z.object(senderRequest),
  response: z.optional(cognitoEmptyAnswerSchema),
});
// A threat protection notice describes the sign-in in place of the user's attributes.
const takeoverDetail = z.optional(z.string());
export const accountTakeoverNotification = z.object({
  ...envelope,
  triggerSource: z.literal(takeover),
  request: z.object({
    ...senderRequest,
    userAttributes: z.object({
      EVENT_ID: takeoverDetail,
      USER_NAME: takeoverDetail,
      IP_ADDRESS: takeoverDetail,
      ACCOUNT_TAKE_OVER_ACTION: takeoverDetail,
      ONE_CLICK_LINK_VALID: takeoverDetail,
      ONE_CLICK_LINK_INVALID: takeoverDetail,
      LOGIN_TIME: takeoverDetail,
      FEEDBACK_TOKEN: takeoverDetail,
      CITY: takeoverDetail,
      COUNTRY: takeoverDetail,
      DEVICE_NAME: takeoverDetail,
    }),
  }),
  response: z.optional(cognitoEmptyAnswerSchema),
});
export const customSmsSender = z.object({
  ...envelope,
  triggerSource: z.enum(sources.customSmsSender),
  request: z.object(senderRequest),
  response: z.optional(cognitoEmptyAnswerSchema),
});
